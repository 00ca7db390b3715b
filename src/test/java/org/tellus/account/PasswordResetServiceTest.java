package org.tellus.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.TestClock;
import org.tellus.base.security.Roles;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
@WithAnonymousUser
class PasswordResetServiceTest {

    private static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    PasswordResetService resets;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private String resident() {
        String email = "reset-" + UUID.randomUUID() + "@example.org";
        Fixtures.namedUser(accounts, email, Roles.RESIDENT);
        return email;
    }

    /** Asks for a link and reads it from the email in the outbox. */
    private String linkSentTo(String email) {
        resets.requestReset(email.toUpperCase());
        await().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE to_address = ? AND body LIKE ?",
                Integer.class, email, "%reset-password?token=%") > 0);
        String body = jdbc.queryForObject("SELECT body FROM mail_outbox WHERE to_address = ? ORDER BY id DESC LIMIT 1",
                String.class, email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void theEmailedLinkSetsANewPasswordOnceAndIsStoredOnlyHashed() {
        String email = resident();
        String token = linkSentTo(email);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset_token WHERE token_hash = ?", Integer.class,
                token)).isZero();

        resets.checkLink(token);
        resets.resetPassword(token, "a brand new passphrase");
        assertThat(encoder.matches("a brand new passphrase", users.findByEmailIgnoreCase(email).orElseThrow().passwordHash()))
                .isTrue();
        assertThatThrownBy(() -> resets.resetPassword(token, "yet another passphrase")).hasMessage("account.reset.used");
        assertThatThrownBy(() -> resets.checkLink(token)).hasMessage("account.reset.used");
    }

    @Test
    void aLinkExpiresAfterAnHour() {
        String token = linkSentTo(resident());
        clock.advance(PasswordResetService.VALID_FOR.plus(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> resets.resetPassword(token, "a brand new passphrase")).hasMessage("account.reset.expired");
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() {
        String token = linkSentTo(resident());
        assertThatThrownBy(() -> resets.resetPassword(token, "short")).hasMessage("account.password.too-short");
        resets.checkLink(token);
    }

    @Test
    void anUnknownAddressOrLinkGetsTheSameQuietAnswer() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        resets.requestReset(nobody);
        resets.requestReset(null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE to_address = ?", Integer.class, nobody)).isZero();
        assertThatThrownBy(() -> resets.checkLink("made-up")).hasMessage("account.reset.unknown");
        assertThatThrownBy(() -> resets.resetPassword("", "a brand new passphrase")).hasMessage("account.reset.unknown");
    }

    @Test
    void askingAgainAtOnceSendsNoSecondLink() {
        String email = resident();
        linkSentTo(email);
        resets.requestReset(email);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset_token t JOIN app_user u ON u.id = t.user_id "
                + "WHERE u.email = ?", Integer.class, email)).isOne();
    }
}
