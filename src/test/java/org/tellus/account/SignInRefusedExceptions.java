package org.tellus.account;

import java.time.Duration;
import java.time.Instant;

/** Refusals as the sign-in rules make them, for tests of the pages that show them. */
public final class SignInRefusedExceptions {

    private SignInRefusedExceptions() {
    }

    public static SignInRefusedException locked() {
        return new SignInRefusedException(true, Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static SignInRefusedException slowed() {
        return new SignInRefusedException(false, Instant.now().plusSeconds(8));
    }
}
