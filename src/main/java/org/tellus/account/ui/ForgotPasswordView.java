package org.tellus.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.account.PasswordResetService;

/** Asks for a password reset link; says the same whether or not the address has an account. */
@Route(ForgotPasswordView.ROUTE)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "forgot-password";
    private static final int VALID_MINUTES = 60;

    public ForgotPasswordView(PasswordResetService resets) {
        addClassName("tellus-page");
        EmailField email = new EmailField(getTranslation("forgot.email"));
        email.setRequiredIndicatorVisible(true);
        Paragraph answer = new Paragraph();
        answer.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("forgot.submit"), e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("forgot.email.invalid"));
                email.setInvalid(true);
                return;
            }
            resets.requestReset(email.getValue());
            answer.setText(getTranslation("forgot.sent", VALID_MINUTES));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send, answer,
                new Paragraph(new RouterLink(getTranslation("forgot.back"), LoginView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " | " + getTranslation("app.name");
    }
}
