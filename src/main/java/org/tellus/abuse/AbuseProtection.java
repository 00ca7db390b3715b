package org.tellus.abuse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;

import java.time.Clock;

/**
 * The gate in front of anonymous answering and registration (decision 032): the bot check first (a proof of work
 * and a honeypot), then the rate limits counted in the database. Signed-in residents pass without either; forum
 * posting keeps its own limit (decision 006).
 */
@Service
public class AbuseProtection {

    static final String ANSWERS_BY_ADDRESS = "answer.address";
    static final String ANSWERS_BY_CONSULTATION = "answer.consultation";
    static final String REGISTRATIONS_BY_ADDRESS = "register.address";
    static final String ERASURE_TRIES_BY_ADDRESS = "erasure.address";

    private final ProofOfWork proofOfWork;
    private final RateLimits limits;
    private final Keys keys;
    private final AbuseSettings settings;
    private final Clock clock;

    AbuseProtection(ProofOfWork proofOfWork, RateLimits limits, Keys keys, AbuseSettings settings, Clock clock) {
        this.proofOfWork = proofOfWork;
        this.limits = limits;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new puzzle for a page's bot check. */
    @PreAuthorize(Roles.ANYONE)
    public BotChallenge challenge() {
        return proofOfWork.challenge();
    }

    /**
     * Lets an answer through, or refuses it with a message ({@code abuse.bot-check}, {@code abuse.limited}).
     * Returns the keyed hash of the address, which the response keeps to spot floods; never the address.
     */
    @PreAuthorize(Roles.ANYONE)
    public String admitAnswer(long consultationId, String address, BotProof proof) {
        String key = keys.addressKey(address);
        if (!settings.enabled() || CurrentUser.email().isPresent()) {
            return key;
        }
        requireHuman(proof);
        if (!limits.take(ANSWERS_BY_ADDRESS, key, settings.answersPerAddress(), settings.window(), clock.instant())
                || !limits.take(ANSWERS_BY_CONSULTATION, String.valueOf(consultationId),
                settings.answersPerConsultation(), settings.window(), clock.instant())) {
            throw new TranslatableException("abuse.limited", settings.window().toMinutes());
        }
        return key;
    }

    /** Lets a registration through, or refuses it with a message, as {@link #admitAnswer}. */
    @PreAuthorize(Roles.ANYONE)
    public void admitRegistration(String address, BotProof proof) {
        if (!settings.enabled()) {
            return;
        }
        requireHuman(proof);
        if (!limits.take(REGISTRATIONS_BY_ADDRESS, keys.addressKey(address), settings.registrationsPerAddress(),
                settings.window(), clock.instant())) {
            throw new TranslatableException("abuse.limited", settings.window().toMinutes());
        }
    }

    /**
     * Counts one try of a confirmation reference (finding a response to erase, or erasing it), or refuses it with
     * {@code abuse.erasure-limited}: the reference is the only key to an anonymous response, so one address may not
     * guess at them. Counted for everyone, signed in or not, as the reference is not tied to an account.
     */
    @PreAuthorize(Roles.ANYONE)
    public void admitErasureTry(String address) {
        if (settings.enabled() && !limits.take(ERASURE_TRIES_BY_ADDRESS, keys.addressKey(address),
                settings.erasureTriesPerAddress(), settings.window(), clock.instant())) {
            throw new TranslatableException("abuse.erasure-limited", settings.window().toMinutes());
        }
    }

    private void requireHuman(BotProof proof) {
        if (proof == null || (proof.honeypot() != null && !proof.honeypot().isEmpty())) {
            throw new TranslatableException("abuse.bot-check");
        }
        if (proof.number() < 0) {
            throw new TranslatableException("abuse.bot-check-pending");
        }
        if (!proofOfWork.accept(proof)) {
            throw new TranslatableException("abuse.bot-check");
        }
    }
}
