package org.tellus.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tellus.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A link that does not work says why, with a way to ask again; no password field. */
@IntegrationTest
class ResetPasswordViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anUnknownLinkIsRefusedWithAClearMessage() {
        UI.getCurrent().navigate(ResetPasswordView.class, QueryParameters.simple(Map.of("token", "made-up")));
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains("This link is not valid"));
        assertThat($(PasswordField.class).all()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void forgotPasswordAnswersTheSameForAnyAddress() {
        navigate(ForgotPasswordView.class);
        $(com.vaadin.flow.component.textfield.EmailField.class).single().setValue("nobody-at-all@example.org");
        test($(com.vaadin.flow.component.button.Button.class).withText("Send me a link").single()).click();
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).startsWith("If an account has this address"));
    }
}
