package org.tellus.response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * An anonymous resident's "tell me the results" email address is kept only to send the results: it is deleted
 * {@code tellus.hear-back.grace-days} (90) days after results were first sent to it, so that the "we did" updates
 * of the first months reach it too, and never kept for anything else (decision 034). Erasing the response or the
 * consultation deletes it at once (the foreign keys cascade).
 */
@Component
class HearBackRetention {

    private static final Logger LOG = LoggerFactory.getLogger(HearBackRetention.class);

    private final HearBackTable table;
    private final Clock clock;
    private final Duration grace;

    HearBackRetention(HearBackTable table, Clock clock, @Value("${tellus.hear-back.grace-days:90}") int graceDays) {
        this.table = table;
        this.clock = clock;
        this.grace = Duration.ofDays(graceDays);
    }

    @Scheduled(fixedDelayString = "${tellus.hear-back.purge-delay-ms:3600000}",
            initialDelayString = "${tellus.hear-back.purge-delay-ms:3600000}")
    void forgetExpiredEmails() {
        int forgotten = forget();
        if (forgotten > 0) {
            LOG.info("Hear-back: {} email addresses deleted after their grace period", forgotten);
        }
    }

    /** Deletes the addresses whose grace period is over (one statement, so all or none); returns how many. */
    int forget() {
        return table.forgetEmailsSentBefore(clock.instant().minus(grace));
    }
}
