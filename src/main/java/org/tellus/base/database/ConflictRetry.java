package org.tellus.base.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a transaction again when the database rolled it back for a conflict with another one: a deadlock, a
 * lock wait timeout, or on a Galera cluster a certification failure, which MariaDB reports as a deadlock at
 * commit (decision 023). Only whole transactions may be retried: the work must begin and end one.
 */
public final class ConflictRetry {

    static final int ATTEMPTS = 4;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);

    private ConflictRetry() {
    }

    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** SQL state 40001 (serialization failure), MariaDB's 1213 (deadlock) and 1205 (lock wait timeout). */
    static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** A short, growing, jittered pause, so that two retried transactions do not meet again. */
    private static void pause(int attempt) {
        long millis = FIRST_PAUSE.toMillis() << (attempt - 1);
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
