package org.tellus.base.jobs;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A job this instance claimed. Every write checks that the job is still this instance's: once its heartbeat
 * lapsed and another instance took the job over, the old owner's writes change nothing and say so.
 */
public final class JobClaim {

    private final Jobs jobs;
    private final long id;
    private final int attempt;

    JobClaim(Jobs jobs, long id, int attempt) {
        this.jobs = jobs;
        this.id = id;
        this.attempt = attempt;
    }

    public long id() {
        return id;
    }

    /** 1 for the first run, more when the job is taken over from an instance that died. */
    public int attempt() {
        return attempt;
    }

    public byte[] payload() {
        return jobs.payload(id);
    }

    /** Records progress and that the owner lives. False when the job is no longer this instance's. */
    public boolean progress(int done, Integer total) {
        return jobs.progress(this, done, total);
    }

    public boolean heartbeat() {
        return jobs.heartbeat(this);
    }

    public boolean finish(String result) {
        return jobs.finish(this, result);
    }

    public boolean fail(String error) {
        return jobs.fail(this, error);
    }

    /**
     * Beats the heart every {@code every} until closed, for work with no progress of its own to report. Closing
     * does not interrupt the beater: an interrupt in the middle of a query closes its database connection.
     */
    public AutoCloseable keepAlive(Duration every) {
        CountDownLatch closed = new CountDownLatch(1);
        Thread.ofVirtual().name("job-" + id + "-heartbeat").start(() -> {
            try {
                while (!closed.await(every.toMillis(), TimeUnit.MILLISECONDS) && heartbeat()) {
                    // beat again after the pause
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        return closed::countDown;
    }
}
