package org.tellus.abuse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The limits of decision 032, from {@code tellus.abuse.*} (application.properties). {@code enabled=false} turns the
 * rate limits and the bot check off, for a load test that drives the pages without a browser (reliability/).
 */
@Component
public class AbuseSettings {

    private final boolean enabled;
    private final int answersPerAddress;
    private final int answersPerConsultation;
    private final int registrationsPerAddress;
    private final int erasureTriesPerAddress;
    private final Duration window;
    private final long proofOfWorkMaxNumber;
    private final Duration challengeLife;

    AbuseSettings(@Value("${tellus.abuse.enabled:true}") boolean enabled,
                  @Value("${tellus.abuse.answers-per-address:20}") int answersPerAddress,
                  @Value("${tellus.abuse.answers-per-consultation:6000}") int answersPerConsultation,
                  @Value("${tellus.abuse.registrations-per-address:5}") int registrationsPerAddress,
                  @Value("${tellus.abuse.erasure-tries-per-address:10}") int erasureTriesPerAddress,
                  @Value("${tellus.abuse.window:PT1H}") Duration window,
                  @Value("${tellus.abuse.proof-of-work-max-number:20000}") long proofOfWorkMaxNumber,
                  @Value("${tellus.abuse.challenge-life:PT30M}") Duration challengeLife) {
        this.enabled = enabled;
        this.answersPerAddress = answersPerAddress;
        this.answersPerConsultation = answersPerConsultation;
        this.registrationsPerAddress = registrationsPerAddress;
        this.erasureTriesPerAddress = erasureTriesPerAddress;
        this.window = window;
        this.proofOfWorkMaxNumber = proofOfWorkMaxNumber;
        this.challengeLife = challengeLife;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Anonymous answers one address may send in a window, to any consultation. */
    public int answersPerAddress() {
        return answersPerAddress;
    }

    /** Anonymous answers one consultation takes in a window, from all addresses: a spread-out flood's ceiling. */
    public int answersPerConsultation() {
        return answersPerConsultation;
    }

    public int registrationsPerAddress() {
        return registrationsPerAddress;
    }

    /** Confirmation references one address may try in a window, to find or erase an anonymous response. */
    public int erasureTriesPerAddress() {
        return erasureTriesPerAddress;
    }

    public Duration window() {
        return window;
    }

    long proofOfWorkMaxNumber() {
        return proofOfWorkMaxNumber;
    }

    Duration challengeLife() {
        return challengeLife;
    }
}
