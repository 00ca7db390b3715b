package org.tellus.account;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.RunAs;
import org.tellus.base.security.SystemTask;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    private static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    @WithAnonymousUser
    void aResidentRegistersWithAHashedPasswordAndTheResidentRoleOnly() {
        String email = newEmail();
        accounts.register(new Registration(email, "Sam", "correct horse battery"));
        UserAccount stored = users.findByEmailIgnoreCase(email).orElseThrow();
        assertThat(stored.roles()).containsExactly(Roles.RESIDENT);
        assertThat(stored.passwordHash()).doesNotContain("correct horse").startsWith("{bcrypt}");
        assertThat(encoder.matches("correct horse battery", stored.passwordHash())).isTrue();
        await().until(() -> mails(email, "Welcome%") == 1);
    }

    @Test
    @WithAnonymousUser
    void registeringAKnownEmailAnswersAsForANewOneAndTellsTheOwnerByEmail() {
        String email = newEmail();
        accounts.register(new Registration(email, "Sam", "correct horse battery"));
        accounts.register(new Registration(email.toUpperCase(), "Impostor", "another good passphrase"));
        UserAccount stored = users.findByEmailIgnoreCase(email).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Sam");
        assertThat(encoder.matches("correct horse battery", stored.passwordHash())).isTrue();
        await().until(() -> mails(email, "%someone tried to register%") == 1);
    }

    private int mails(String to, String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE to_address = ? AND subject LIKE ?",
                Integer.class, to, subject);
    }

    @Test
    @WithAnonymousUser
    void weakPasswordsAndBadEmailsAreRefusedWithAClearReason() {
        assertThatThrownBy(() -> accounts.register(new Registration(newEmail(), "Sam", "short")))
                .hasMessage("account.password.too-short");
        assertThatThrownBy(() -> accounts.register(new Registration(newEmail(), "Sam", "password123")))
                .hasMessage("account.password.too-common");
        assertThatThrownBy(() -> accounts.register(new Registration("someone.lastname@example.org", "Sam",
                "someone.lastname-2026"))).hasMessage("account.password.contains-email");
        assertThatThrownBy(() -> accounts.register(new Registration("not an email", "Sam", "correct horse battery")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void anAdministratorListsUsersAndGrantsRoles() {
        UserSummary user = accounts.ensureUser(newEmail(), "Olu", "correct horse battery", Set.of(Roles.RESIDENT));
        UserSummary updated = accounts.setRoles(user.id(), Set.of(Roles.RESIDENT, Roles.OFFICER));
        assertThat(updated.roles()).containsExactlyInAnyOrder(Roles.RESIDENT, Roles.OFFICER);
        assertThat(accounts.listUsers()).extracting(UserSummary::email).contains(user.email());
        assertThatThrownBy(() -> accounts.setRoles(user.id(), Set.of("EMPEROR"))).hasMessage("account.roles.unknown");
    }

    @Test
    @WithMockUser(username = "self-admin@example.org", roles = Roles.ADMIN)
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
        long self = accounts.ensureUser("self-admin@example.org", "Ada", "correct horse battery", Set.of(Roles.ADMIN)).id();
        assertThatThrownBy(() -> accounts.setRoles(self, Set.of(Roles.OFFICER))).hasMessage("account.roles.keep-own-admin");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void anOfficerIsDeniedTheUserListAndRoleChanges() {
        assertThatThrownBy(accounts::listUsers).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setRoles(1L, Set.of(Roles.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.ensureUser(newEmail(), "x", "correct horse battery", Set.of(Roles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.RESIDENT)
    void aResidentIsDeniedTheUserList() {
        assertThatThrownBy(accounts::listUsers).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsDeniedRoleChanges() {
        assertThatThrownBy(() -> accounts.setRoles(1L, Set.of(Roles.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    private UserSummary resident() {
        String email = newEmail();
        return SystemTask.runAs(Roles.ADMIN,
                () -> accounts.ensureUser(email, "Sam", "a long test passphrase", Set.of(Roles.RESIDENT)));
    }

    @Test
    void aSignedInPersonChoosesTheirLanguageAndTheAccountRemembersIt() {
        UserSummary sam = resident();
        assertThat(sam.language()).isNull();
        String stored = RunAs.user(sam.email(), sam.roles(), () -> accounts.chooseLanguage("cy-GB"));
        assertThat(stored).isEqualTo("cy");
        assertThat(RunAs.user(sam.email(), sam.roles(), accounts::currentUser))
                .hasValueSatisfying(u -> assertThat(u.language()).isEqualTo("cy"));
    }

    @Test
    void aLanguageTheUiDoesNotOfferIsRefusedWithAClearReason() {
        UserSummary sam = resident();
        assertThatThrownBy(() -> RunAs.user(sam.email(), sam.roles(),
                () -> accounts.chooseLanguage("fr"))).hasMessage("account.language.unknown");
        assertThatThrownBy(() -> RunAs.user(sam.email(), sam.roles(),
                () -> accounts.chooseLanguage(" "))).hasMessage("account.language.unknown");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsDeniedAStoredLanguage() {
        assertThatThrownBy(() -> accounts.chooseLanguage("cy")).isInstanceOf(AccessDeniedException.class);
    }
}
