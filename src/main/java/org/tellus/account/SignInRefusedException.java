package org.tellus.account;

import org.springframework.security.authentication.AccountStatusException;

import java.time.Instant;

/**
 * A sign-in refused before its password was checked: the account is locked from this address for a while, or the
 * address must wait before trying again. The sign-in page tells which, and until when.
 */
public class SignInRefusedException extends AccountStatusException {

    private final boolean locked;
    private final transient Instant until;

    SignInRefusedException(boolean locked, Instant until) {
        super(locked ? "Sign-in locked from this address" : "Too many failed sign-ins: wait before trying again");
        this.locked = locked;
        this.until = until;
    }

    public boolean locked() {
        return locked;
    }

    public Instant until() {
        return until;
    }
}
