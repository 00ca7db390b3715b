package org.tellus.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.TestClock;
import org.tellus.base.security.Roles;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Sign-in through Spring Security's own authentication manager, as the login form does (decision 028). */
@IntegrationTest
class SignInProtectionTest {

    private static final String PASSWORD = "a long test passphrase";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private String email() {
        String email = "signin-" + UUID.randomUUID() + "@example.org";
        Fixtures.namedUser(accounts, email, Roles.RESIDENT);
        return email;
    }

    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private Authentication signIn(String email, String password, String address) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }

    /** A wrong password, after waiting out any delay the earlier ones earned. */
    private void wrongAfterWaiting(String email, String address) {
        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> signIn(email, "not the password", address)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void thirtyQuickWrongPasswordsAreSlowedAndTenLockTheAccountFromThatAddressOnly() throws Exception {
        String email = email();
        String attacker = address();
        int checked = 0;
        int slowed = 0;
        for (int i = 0; i < 30; i++) {
            try {
                signIn(email, "guess-" + i, attacker);
            } catch (BadCredentialsException wrong) {
                checked++;
            } catch (SignInRefusedException refused) {
                assertThat(refused.locked()).isFalse();
                slowed++;
            }
        }
        assertThat(checked).isEqualTo(SignInRules.PAIR_FREE + 1);
        assertThat(slowed).isEqualTo(30 - checked);
        for (int i = checked; i < SignInRules.LOCK_AFTER; i++) {
            wrongAfterWaiting(email, attacker);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> signIn(email, PASSWORD, attacker)).isInstanceOfSatisfying(SignInRefusedException.class,
                refused -> assertThat(refused.locked()).isTrue());
        assertThat(signIn(email, PASSWORD, address()).isAuthenticated()).as("another address").isTrue();
        await().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE to_address = ? "
                + "AND subject LIKE '%paused%' AND body LIKE ?", Integer.class, email, "%" + attacker + "%") == 1);

        clock.advance(SignInRules.LOCK);
        assertThat(signIn(email, PASSWORD, attacker).isAuthenticated()).as("after the lock expired").isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresOfThatAccountFromThatAddress() throws Exception {
        String email = email();
        String address = address();
        for (int i = 0; i < SignInRules.LOCK_AFTER - 1; i++) {
            wrongAfterWaiting(email, address);
        }
        clock.advance(Duration.ofSeconds(61));
        signIn(email, PASSWORD, address);
        for (int i = 0; i <= SignInRules.PAIR_FREE; i++) {
            assertThatThrownBy(() -> signIn(email, "wrong again", address)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedWithoutLockingThem() throws Exception {
        String address = address();
        for (int i = 0; i < SignInRules.ADDRESS_FREE; i++) {
            String victim = "nobody-" + UUID.randomUUID() + "@example.org";
            assertThatThrownBy(() -> signIn(victim, "guess", address)).isInstanceOf(BadCredentialsException.class);
        }
        String resident = email();
        assertThatThrownBy(() -> signIn(resident, "guess", address)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(resident, PASSWORD, address)).isInstanceOfSatisfying(
                SignInRefusedException.class, refused -> assertThat(refused.locked()).isFalse());
        assertThat(signIn(resident, PASSWORD, address()).isAuthenticated()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(resident, PASSWORD, address).isAuthenticated()).as("after the delay").isTrue();
    }

    @Test
    void aStaffSignInGoesToTheAuditTrailAndAResidentsDoesNot() throws Exception {
        String officer = "officer-" + UUID.randomUUID() + "@example.org";
        Fixtures.namedUser(accounts, officer, Roles.OFFICER);
        String resident = email();
        String address = address();
        signIn(officer, PASSWORD, address);
        signIn(resident, PASSWORD, address);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'staff.signed-in' AND actor = ? "
                + "AND detail = ?", Integer.class, officer, address)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", Integer.class, resident)).isZero();
    }

    @Test
    void theDelayGrowsFromOneSecondToAMinute() {
        assertThat(SignInRules.delayAfter(3, 3)).isZero();
        assertThat(SignInRules.delayAfter(4, 3)).hasSeconds(1);
        assertThat(SignInRules.delayAfter(6, 3)).hasSeconds(4);
        assertThat(SignInRules.delayAfter(40, 3)).isEqualTo(Duration.ofMinutes(1));
    }
}
