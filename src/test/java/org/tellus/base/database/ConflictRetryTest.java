package org.tellus.base.database;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflictRetryTest {

    /** What a Galera certification failure at commit looks like through Hibernate and Spring. */
    private static RuntimeException certificationFailure() {
        return new TransactionSystemException("Could not commit JPA transaction",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    @Test
    void aTransactionThatLostAConflictIsRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        String result = ConflictRetry.retry(() -> {
            if (runs.incrementAndGet() < 3) {
                throw certificationFailure();
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(runs).hasValue(3);
    }

    @Test
    void itGivesUpAfterAFewAttemptsWithTheLastError() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.retry(() -> {
            runs.incrementAndGet();
            throw new CannotAcquireLockException("lock wait", new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(runs).hasValue(ConflictRetry.ATTEMPTS);
    }

    @Test
    void otherErrorsAreNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.retry(() -> {
            runs.incrementAndGet();
            throw new IllegalArgumentException("bad answers");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(runs).hasValue(1);
    }
}
