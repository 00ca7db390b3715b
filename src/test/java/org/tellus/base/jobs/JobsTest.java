package org.tellus.base.jobs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tellus.IntegrationTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' job tables over the real database, each with its own owner name, on a clock the test moves: an
 * owner "dies" by letting its heartbeat lapse.
 */
@IntegrationTest
class JobsTest {

    private static final Duration LEASE = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final String kind = "test-" + UUID.randomUUID().toString().substring(0, 8);

    private Jobs instance(String owner) {
        return new Jobs(jdbc, transactions, clock, owner);
    }

    @Test
    void aQueuedJobIsClaimedByOneInstanceOnly() {
        Jobs a = instance("a");
        Jobs b = instance("b");
        byte[] file = new byte[2_500_000]; // three parts
        new java.util.Random(14).nextBytes(file);
        long id = a.submit(kind, 7L, "officer@tellus.demo", 3, file);

        JobClaim claim = a.claim(kind, LEASE).orElseThrow();
        assertThat(claim.id()).isEqualTo(id);
        assertThat(claim.attempt()).isEqualTo(1);
        assertThat(claim.payload()).isEqualTo(file);
        assertThat(b.claim(kind, LEASE)).as("a job with a living owner").isEmpty();

        assertThat(claim.progress(2, null)).isTrue();
        assertThat(a.find(id).orElseThrow()).satisfies(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.Status.RUNNING);
            assertThat(job.progress()).isEqualTo(2);
            assertThat(job.total()).isEqualTo(3);
        });
        assertThat(claim.finish("3 rows")).isTrue();
        assertThat(b.claim(kind, LEASE)).as("a finished job").isEmpty();
        assertThat(b.recent(kind, 7L, 5)).singleElement().satisfies(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.Status.DONE);
            assertThat(job.result()).isEqualTo("3 rows");
            assertThat(job.finished()).isTrue();
        });
    }

    @Test
    void aJobWhoseOwnerStoppedBeatingIsTakenOverAndTheOldOwnerCanNoLongerWriteIt() {
        Jobs a = instance("a");
        Jobs b = instance("b");
        long id = a.submit(kind, null, null, null, null);
        JobClaim first = a.claim(kind, LEASE).orElseThrow();

        clock.move(LEASE.minusSeconds(1));
        assertThat(first.heartbeat()).isTrue();
        clock.move(LEASE.minusSeconds(1));
        assertThat(b.claim(kind, LEASE)).as("the heartbeat kept it").isEmpty();

        clock.move(Duration.ofSeconds(2)); // "a" died: nothing beat for longer than the lease
        JobClaim second = b.claim(kind, LEASE).orElseThrow();
        assertThat(second.id()).isEqualTo(id);
        assertThat(second.attempt()).isEqualTo(2);

        assertThat(first.progress(5, 10)).as("the old owner's late write").isFalse();
        assertThat(first.finish("late")).isFalse();
        assertThat(second.fail("the file could not be read")).isTrue();
        assertThat(a.find(id).orElseThrow()).satisfies(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.Status.FAILED);
            assertThat(job.error()).isEqualTo("the file could not be read");
            assertThat(job.attempts()).isEqualTo(2);
        });
    }

    @Test
    void exclusiveWorkRunsOnOneInstanceAtATimeAndAgainAfterItsOwnerDied() {
        Jobs a = instance("a");
        Jobs b = instance("b");
        AtomicInteger runs = new AtomicInteger();

        boolean ranOnA = a.runExclusively(kind, LEASE, () -> {
            runs.incrementAndGet();
            assertThat(b.runExclusively(kind, LEASE, runs::incrementAndGet)).as("while a runs it").isFalse();
        });
        assertThat(ranOnA).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(b.runExclusively(kind, LEASE, runs::incrementAndGet)).as("once a finished").isTrue();
        assertThat(runs).hasValue(2);

        // An owner that dies mid-way leaves the lease running; it is free again once the lease lapsed.
        long lease = jdbc.queryForObject("SELECT id FROM background_job WHERE kind = ? AND job_key = 'lease'", Long.class, kind);
        jdbc.update("UPDATE background_job SET status = 'RUNNING', owner = 'dead', heartbeat_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clock.instant()), lease);
        assertThat(a.runExclusively(kind, LEASE, runs::incrementAndGet)).isFalse();
        clock.move(LEASE.plusSeconds(1));
        assertThat(a.runExclusively(kind, LEASE, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(3);
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
