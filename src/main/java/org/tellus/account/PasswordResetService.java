package org.tellus.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Forgot password": a link valid for an hour and for one use, sent through the outbox. Asking answers the same
 * whether or not the address has an account, so it tells nobody which addresses do.
 */
@Service
@Transactional
public class PasswordResetService {

    static final Duration VALID_FOR = Duration.ofHours(1);
    /** One link per account this often at most, so nobody can fill an owner's inbox by asking again and again. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(2);

    private final UserAccountRepository users;
    private final ResetTokens tokens;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResetService(UserAccountRepository users, ResetTokens tokens, PasswordEncoder encoder,
                         ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a reset link to the address if an account has it; otherwise does nothing, visibly the same. */
    @PreAuthorize(Roles.ANYONE)
    public void requestReset(String email) {
        Instant now = clock.instant();
        users.findByEmailIgnoreCase(email == null ? "" : email.strip()).filter(UserAccount::enabled)
                .filter(user -> !tokens.issuedSince(user.id(), now.minus(RESEND_AFTER)))
                .ifPresent(user -> {
                    String token = tokens.issue(user.id(), now, now.plus(VALID_FOR));
                    events.publishEvent(new AccountMail(user.id(), user.email(), user.preferredLanguage(), "mail.password-reset",
                            List.of(user.displayName()), "reset-password?token=" + token));
                });
    }

    /** Whether the link can still be used; refused with why (unknown, expired, used) when not. */
    @PreAuthorize(Roles.ANYONE)
    public void checkLink(String token) {
        usable(token);
    }

    /** Sets the new password and uses the link up (and any other of the account's). */
    @PreAuthorize(Roles.ANYONE)
    public void resetPassword(String token, String newPassword) {
        ResetTokens.Stored stored = usable(token);
        UserAccount user = users.findById(stored.userId()).orElseThrow(() -> new TranslatableException("account.reset.unknown"));
        PasswordRules.check(newPassword, user.email());
        user.changePassword(encoder.encode(newPassword));
        tokens.useAll(user.id(), clock.instant());
    }

    private ResetTokens.Stored usable(String token) {
        ResetTokens.Stored stored = (token == null || token.isBlank() ? null : tokens.lockForUse(token.strip()).orElse(null));
        if (stored == null) {
            throw new TranslatableException("account.reset.unknown");
        }
        if (stored.used()) {
            throw new TranslatableException("account.reset.used");
        }
        if (!stored.expiresAt().isAfter(clock.instant())) {
            throw new TranslatableException("account.reset.expired");
        }
        return stored;
    }
}
