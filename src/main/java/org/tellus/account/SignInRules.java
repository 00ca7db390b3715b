package org.tellus.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failed sign-ins slow and stop guessing (decision 028). Counted per account and address together (a lock lasts
 * a while and holds only there) and per address over all accounts (a growing delay, never a lock): nothing is keyed
 * on the account alone, so nobody elsewhere can keep its owner out.
 */
final class SignInRules {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int LOCK_AFTER = 10;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Failures of one account from one address before each further try must wait. */
    static final int PAIR_FREE = 3;
    /** An address may be shared (a library, a household): more failures pass before it is slowed. */
    static final int ADDRESS_FREE = 10;
    static final Duration MAX_DELAY = Duration.ofMinutes(1);

    private SignInRules() {
    }

    /** Failures in the window and the time of the latest. */
    record Failures(int count, Instant latest) {

        static final Failures NONE = new Failures(0, null);
    }

    /** Why a try is refused before its password is checked, and until when. */
    record Refusal(boolean locked, Instant until) {
    }

    static Optional<Refusal> refusal(Instant lockedUntil, Failures pair, Failures address, Instant now) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Optional.of(new Refusal(true, lockedUntil));
        }
        Instant wait = later(notBefore(pair, PAIR_FREE), notBefore(address, ADDRESS_FREE));
        return wait != null && wait.isAfter(now) ? Optional.of(new Refusal(false, wait)) : Optional.empty();
    }

    /** The growing delay after a number of failures: none while free, then 1, 2, 4... seconds up to a minute. */
    static Duration delayAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 16);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static Instant notBefore(Failures failures, int free) {
        Duration delay = delayAfter(failures.count(), free);
        return delay.isZero() ? null : failures.latest().plus(delay);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
