package org.tellus.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import org.tellus.IntegrationTest;
import org.tellus.account.SignInRefusedExceptions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page says why a sign-in was refused: a lock, a delay, or a password not recognised. */
@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    private LoginForm loginAfter(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("error", "")));
        return $(LoginForm.class).single();
    }

    private static String i18n(LoginForm login) {
        return String.valueOf(login.getElement().getPropertyRaw("i18n"));
    }

    @Test
    @WithAnonymousUser
    void aLockedSignInIsExplainedOnTheLoginPage() {
        LoginForm login = loginAfter(SignInRefusedExceptions.locked());
        assertThat(login.isError()).isTrue();
        assertThat(i18n(login)).contains("Sign-in from here is paused").contains("reset your password");
    }

    @Test
    @WithAnonymousUser
    void aSlowedSignInAsksToWait() {
        assertThat(i18n(loginAfter(SignInRefusedExceptions.slowed()))).contains("Please wait a moment");
    }

    @Test
    @WithAnonymousUser
    void aWrongPasswordIsNotRecognised() {
        LoginForm login = loginAfter(new BadCredentialsException("Bad credentials"));
        assertThat(login.isError()).isTrue();
        assertThat(i18n(login)).doesNotContain("paused");
    }
}
