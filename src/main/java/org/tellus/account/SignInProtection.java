package org.tellus.account;

import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spring Security's password check, with the sign-in rules around it (decision 028): a try the rules refuse is
 * not checked at all; a wrong password is counted, and the tenth within the window locks the account from that
 * address and tells its owner by email; a right one forgets that address's failures for the account.
 */
@Component
class SignInProtection implements AuthenticationProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignInProtection(AccountService accounts, PasswordEncoder encoder, SignInAttempts attempts,
                     UserAccountRepository users, ApplicationEventPublisher events,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.users = users;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String key = SignInAttempts.accountKey(email);
        String address = addressOf(authentication);
        Instant now = clock.instant();
        SignInRules.refusal(attempts.lockedUntil(key, address), attempts.ofPair(key, address, now),
                        attempts.ofAddress(address, now), now)
                .ifPresent(refusal -> {
                    throw new SignInRefusedException(refusal.locked(), refusal.until());
                });
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            attempts.clearPair(key, address);
            if (isStaff(signedIn)) {
                events.publishEvent(new Audited(AuditActions.STAFF_SIGNED_IN, signedIn.getName(), address, signedIn.getName()));
            }
            return signedIn;
        } catch (BadCredentialsException wrong) {
            transaction.executeWithoutResult(status -> failed(email, key, address, now));
            throw wrong;
        }
    }

    private void failed(String email, String key, String address, Instant now) {
        attempts.recordFailure(key, address, now);
        int failures = attempts.ofPair(key, address, now).count();
        if (failures < SignInRules.LOCK_AFTER) {
            return;
        }
        Instant until = now.plus(SignInRules.LOCK);
        attempts.lock(key, address, until);
        if (failures == SignInRules.LOCK_AFTER) {
            // Only when the lock starts: an attacker who keeps trying must not flood the owner's inbox.
            users.findByEmailIgnoreCase(email.strip()).ifPresent(user -> events.publishEvent(new AccountMail(user.id(),
                    user.email(), user.preferredLanguage(), "mail.sign-in-locked", List.of(String.valueOf(failures), address, TIME.format(until)),
                    "forgot-password")));
        }
    }

    /** Officers', facilitators' and administrators' sign-ins go to the audit trail; residents' do not. */
    private static boolean isStaff(Authentication signedIn) {
        Set<String> staff = Set.of("ROLE_" + Roles.OFFICER, "ROLE_" + Roles.FACILITATOR, "ROLE_" + Roles.ADMIN);
        return signedIn.getAuthorities().stream().anyMatch(a -> staff.contains(a.getAuthority()));
    }

    /** The address the server saw (behind a proxy, set {@code server.forward-headers-strategy}). */
    private static String addressOf(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        return address == null || address.isBlank() ? "unknown" : address.substring(0, Math.min(address.length(), 64));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
