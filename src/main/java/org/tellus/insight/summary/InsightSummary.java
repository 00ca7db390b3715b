package org.tellus.insight.summary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.base.security.Roles;
import org.tellus.insight.InsightScope;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the insight summary (decision 012) current. Triggers append a row to {@code insight_change} for every
 * response whose counts may have moved, in the transaction that moved them; this recounts those responses in
 * batches, in the background and, for the consultations an officer is looking at, just before their figures are
 * read, so a figure read from the summary is as current as a live count. Officers' reads (through the insight
 * services) and the benchmark call it; the background sweep calls its own methods directly, with no user.
 */
@Component
public class InsightSummary {

    static final int BATCH = 2000;
    private static final Logger log = LoggerFactory.getLogger(InsightSummary.class);

    private final JdbcClient jdbc;
    private final Recount recount;
    private final TransactionTemplate transaction;
    private final int readerBatches;
    private final AtomicBoolean sweeping = new AtomicBoolean();

    InsightSummary(JdbcClient jdbc, PlatformTransactionManager transactions,
                   @Value("${tellus.insight.summary.reader-batches:10}") int readerBatches) {
        this.jdbc = jdbc;
        this.recount = new Recount(jdbc, ZoneId.systemDefault());
        this.transaction = new TransactionTemplate(transactions);
        // Its own transaction, whatever the caller's, and each statement sees what others have committed.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.readerBatches = readerBatches;
    }

    /** Recounts every pending change, batch after batch. */
    @Scheduled(initialDelayString = "${tellus.insight.summary.sweep-ms:2000}", fixedDelayString = "${tellus.insight.summary.sweep-ms:2000}")
    public void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            long recounted = catchUp(InsightScope.allConsultations(), Integer.MAX_VALUE);
            if (recounted >= BATCH) {
                log.info("Recounted {} responses for insight", recounted);
            }
        } catch (RuntimeException e) {
            // Nothing is lost: the changes stay in insight_change and the next sweep recounts them.
            log.warn("Recounting insight failed, will retry: {}", e.toString());
        } finally {
            sweeping.set(false);
        }
    }

    /**
     * Before figures of this scope are read: recounts its pending changes, at most a few batches so that a page
     * never waits long (a re-tagging of a whole large consultation is left to the background). Returns how many
     * changes are still pending for the scope.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public long catchUpForReading(InsightScope scope) {
        if (!hasPending(scope)) {
            return 0;
        }
        catchUp(scope, readerBatches);
        return pending(scope);
    }

    private boolean hasPending(InsightScope scope) {
        return Boolean.TRUE.equals(scope.all()
                ? jdbc.sql("SELECT EXISTS (SELECT 1 FROM insight_change)").query(Boolean.class).single()
                : jdbc.sql("SELECT EXISTS (SELECT 1 FROM insight_change WHERE consultation_id IN ("
                        + placeholders(scope) + "))")
                        .params(scope.consultationIds().toArray()).query(Boolean.class).single());
    }

    /** Recounts pending changes of the scope, up to {@code maxBatches} batches; returns the responses recounted. */
    @PreAuthorize(Roles.IS_OFFICER)
    public long catchUp(InsightScope scope, int maxBatches) {
        long recounted = 0;
        for (int i = 0; i < maxBatches; i++) {
            Integer done = transaction.execute(status -> recountBatch(scope));
            recounted += done == null ? 0 : done;
            if (done == null || done == 0) {
                break;
            }
        }
        return recounted;
    }

    /** Changes not yet recounted for the scope. */
    @PreAuthorize(Roles.IS_OFFICER)
    public long pending(InsightScope scope) {
        Long n = scope.all()
                ? jdbc.sql("SELECT COUNT(*) FROM insight_change").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM insight_change WHERE consultation_id IN ("
                        + placeholders(scope) + ")")
                        .params(scope.consultationIds().toArray()).query(Long.class).single();
        return n == null ? 0 : n;
    }

    /**
     * Drops everything the summary holds for a consultation whose responses are being deleted in bulk (in the
     * caller's transaction, after the deletes), instead of recounting them one by one.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public void forget(long consultationId) {
        jdbc.sql("SELECT id FROM insight_summary_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        for (String table : List.of("insight_change", "insight_counted", "insight_counted_theme", "insight_cell", "insight_total", "insight_group_cell",
                "insight_group_day")) {
            jdbc.sql("DELETE FROM " + table + " WHERE consultation_id = ?").params(consultationId).update();
        }
    }

    /** One batch, in one transaction holding the summary's lock: the only writer of the cells while it runs. */
    private int recountBatch(InsightScope scope) {
        jdbc.sql("SELECT id FROM insight_summary_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        List<Long> changeIds = new ArrayList<>();
        List<Long> responseIds = new ArrayList<>();
        String where = scope.all() ? "" : " WHERE consultation_id IN (" + placeholders(scope) + ")";
        jdbc.sql("SELECT id, response_id FROM insight_change" + where + " ORDER BY id LIMIT " + BATCH)
                .params(scope.consultationIds().toArray()).query(rs -> {
            changeIds.add(rs.getLong(1));
            responseIds.add(rs.getLong(2));
        });
        if (changeIds.isEmpty()) {
            return 0;
        }
        int responses = recount.responses(responseIds.stream().distinct().sorted().toList());
        // Exactly the rows read: a change committed meanwhile keeps its row and is recounted next time.
        jdbc.sql("DELETE FROM insight_change WHERE id IN (" + String.join(",", changeIds.stream().map(String::valueOf).toList()) + ")")
                .update();
        return responses;
    }

    private static String placeholders(InsightScope scope) {
        return String.join(",", scope.consultationIds().stream().map(id -> "?").toList());
    }
}
