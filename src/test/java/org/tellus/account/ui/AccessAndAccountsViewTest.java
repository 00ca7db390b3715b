package org.tellus.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.abuse.BotCheck;
import org.tellus.abuse.BotSolver;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ui.ConsultationsView;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open which page, and self-registration. */
@IntegrationTest
class AccessAndAccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    private Object viewAt(String route) {
        try {
            navigate(route, ConsultationsView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignInFromOfficerPages() {
        assertThat(viewAt("officer/consultations")).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(roles = Roles.RESIDENT)
    void aResidentCannotOpenOfficerOrAdminPages() {
        assertThat(viewAt("officer/consultations")).isNotInstanceOf(ConsultationsView.class);
        assertThat(viewAt("admin/users")).isNotInstanceOf(UsersView.class);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void anOfficerCannotOpenTheUserList() {
        assertThat(viewAt("admin/users")).isNotInstanceOf(UsersView.class);
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
    void anAdministratorSeesEveryUser() {
        accounts.ensureUser("listed-" + UUID.randomUUID() + "@example.org", "Lee", "a long test passphrase", Set.of(Roles.RESIDENT));
        accounts.ensureUser("listed-" + UUID.randomUUID() + "@example.org", "Obi", "a long test passphrase", Set.of(Roles.OFFICER));
        navigate(UsersView.class);
        assertThat(test($(Grid.class).single()).size()).isEqualTo(accounts.listUsers().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithAnonymousUser
    void aResidentRegistersAndIsToldClearlyAboutAWeakPassword() {
        navigate(RegisterView.class);
        test($(EmailField.class).single()).setValue("new-" + UUID.randomUUID() + "@example.org");
        test($(TextField.class).withLabel("Your name").single()).setValue("Jo");
        test($(PasswordField.class).single()).setValue("short");
        BotSolver.solve($(BotCheck.class).single());
        test($(Button.class).withText("Create account").single()).click();
        PasswordField password = $(PasswordField.class).single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Your password must be at least 10 characters long");

        test(password).setValue("a long and unusual passphrase");
        BotSolver.solve($(BotCheck.class).single());
        test($(Button.class).withText("Create account").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
