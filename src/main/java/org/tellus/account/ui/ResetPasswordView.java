package org.tellus.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.account.PasswordResetService;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Messages;

import java.util.List;

/** Opened from the emailed link: a new password, or why the link no longer works. */
@Route(ResetPasswordView.ROUTE)
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "reset-password";

    private final PasswordResetService resets;
    private String token;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("reset.title")));
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).getFirst();
        try {
            resets.checkLink(token);
            showForm();
        } catch (TranslatableException refused) {
            Paragraph why = new Paragraph(getTranslation(refused.key()));
            why.getElement().setAttribute("role", "alert");
            add(why, new Paragraph(new RouterLink(getTranslation("reset.ask-again"), ForgotPasswordView.class)));
        }
    }

    private void showForm() {
        PasswordField password = new PasswordField(getTranslation("reset.password"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("register.password-help"));
        Button save = new Button(getTranslation("reset.submit"), e -> {
            try {
                resets.resetPassword(token, password.getValue());
                Messages.success(this, "reset.done");
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (TranslatableException refused) {
                password.setErrorMessage(getTranslation(refused.key(), refused.params()));
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | " + getTranslation("app.name");
    }
}
