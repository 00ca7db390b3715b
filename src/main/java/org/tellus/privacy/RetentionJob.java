package org.tellus.privacy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tellus.base.jobs.Jobs;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.time.Duration;

/**
 * Applies the retention rules once a day. Every instance's scheduler fires, and the lease in the database lets one
 * run at a time (decision 022); a second run the same day finds nothing left to remove and writes nothing.
 */
@Component
class RetentionJob {

    static final String KIND = "privacy-retention";
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final Jobs jobs;
    private final RetentionService retention;

    RetentionJob(Jobs jobs, RetentionService retention) {
        this.jobs = jobs;
        this.retention = retention;
    }

    @Scheduled(cron = "${tellus.retention.cron:0 30 3 * * *}", zone = "${tellus.digest.zone:Europe/London}")
    void daily() {
        runOnce();
    }

    /** True when this instance held the lease and ran the rules. */
    boolean runOnce() {
        return jobs.runExclusively(KIND, LEASE, () -> SystemTask.runAs(Roles.ADMIN, retention::applyDue));
    }
}
