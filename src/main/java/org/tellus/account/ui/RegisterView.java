package org.tellus.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolationException;
import org.tellus.account.AccountService;
import org.tellus.account.Registration;
import org.tellus.abuse.AbuseProtection;
import org.tellus.abuse.BotCheck;
import org.tellus.abuse.ClientAddress;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.SignInRoutes;
import org.tellus.base.ui.Messages;

/** A resident creates an account, to save answers and join networks. */
@Route(RegisterView.ROUTE)
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    public static final String ROUTE = SignInRoutes.REGISTER;

    public RegisterView(AccountService accounts, AbuseProtection abuse) {
        addClassName("tellus-page");
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("register.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("register.password-help"));
        // A registration passes the bot check and the rate limit per address first (decision 032).
        BotCheck botCheck = new BotCheck(abuse);
        Button create = new Button(getTranslation("register.submit"), e -> {
            email.setInvalid(false);
            name.setInvalid(false);
            password.setInvalid(false);
            try {
                try {
                    abuse.admitRegistration(ClientAddress.current(), botCheck.proof());
                } finally {
                    botCheck.renew();
                }
                accounts.register(new Registration(email.getValue(), name.getValue(), password.getValue()));
                // The same answer whether or not the address had an account (no "email taken"): the email tells.
                Messages.success(this, "register.done");
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    String message = v.getMessage();
                    if (field.endsWith("email")) {
                        email.setErrorMessage(message);
                        email.setInvalid(true);
                    } else if (field.endsWith("displayName")) {
                        name.setErrorMessage(message);
                        name.setInvalid(true);
                    } else {
                        password.setErrorMessage(message);
                        password.setInvalid(true);
                    }
                });
            } catch (TranslatableException refused) {
                if (refused.key().startsWith("abuse.")) {
                    Messages.error(this, refused);
                    return;
                }
                String message = getTranslation(refused.key(), refused.params());
                if (refused.key().startsWith("account.email")) {
                    email.setErrorMessage(message);
                    email.setInvalid(true);
                } else {
                    password.setErrorMessage(message);
                    password.setInvalid(true);
                }
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(email, name, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), form, botCheck, create,
                new Paragraph(org.tellus.base.ui.RouteLinks.to(getTranslation("privacy.link.register"), "privacy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " | " + getTranslation("app.name");
    }
}
