package org.tellus.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The training_job table: jobs are claimed with {@code FOR UPDATE SKIP LOCKED}, so one instance runs each; a
 * running job whose heartbeat stopped (its instance died) is claimed again.
 */
@Repository
class TrainingJobs {

    /** A running job silent this long has lost its instance (training takes seconds to a minute). */
    static final Duration STALE = Duration.ofMinutes(10);

    private static final String COLUMNS = "id, status, trigger_kind, requested_by, requested_at, started_at, finished_at, "
            + "progress, step, training_decisions, held_out, active_version, candidate_version, active_micro_f1, "
            + "candidate_micro_f1, outcome, error";

    private static final RowMapper<TrainingJob> ROW = (rs, n) -> new TrainingJob(rs.getLong(1),
            TrainingJob.Status.valueOf(rs.getString(2)), TrainingJob.Trigger.valueOf(rs.getString(3)), rs.getString(4),
            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getInt(8),
            rs.getString(9) == null ? null : TrainingJob.Step.valueOf(rs.getString(9)), (Integer) rs.getObject(10),
            (Integer) rs.getObject(11), rs.getString(12), rs.getString(13), (Double) rs.getObject(14),
            (Double) rs.getObject(15), rs.getString(16) == null ? null : TrainingOutcome.valueOf(rs.getString(16)),
            rs.getString(17));

    private final JdbcClient jdbc;

    TrainingJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long queue(TrainingJob.Trigger trigger, String requestedBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO training_job (status, trigger_kind, requested_by, requested_at) VALUES ('QUEUED', ?, ?, ?)")
                .params(trigger.name(), requestedBy, Timestamp.from(at)).update(key, "id");
        return key.getKey().longValue();
    }

    /** Claims the oldest queued (or abandoned) job and marks it running. */
    @Transactional
    Optional<Long> claim(Instant now) {
        Optional<Long> id = jdbc.sql("""
                SELECT id FROM training_job WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < ?)
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(now.minus(STALE))).query(Long.class).list()
                .stream().findFirst();
        id.ifPresent(job -> jdbc.sql("""
                UPDATE training_job SET status = 'RUNNING', started_at = ?, heartbeat_at = ?, progress = 0, step = NULL
                WHERE id = ?""").params(Timestamp.from(now), Timestamp.from(now), job).update());
        return id;
    }

    void progress(long id, TrainingJob.Step step, int percent, Instant now) {
        jdbc.sql("UPDATE training_job SET step = ?, progress = ?, heartbeat_at = ? WHERE id = ?")
                .params(step.name(), percent, Timestamp.from(now), id).update();
    }

    void sizes(long id, int trainingDecisions, int heldOut) {
        jdbc.sql("UPDATE training_job SET training_decisions = ?, held_out = ? WHERE id = ?")
                .params(trainingDecisions, heldOut, id).update();
    }

    void finish(long id, String activeVersion, String candidateVersion, Double activeMicroF1, Double candidateMicroF1,
                TrainingOutcome outcome, Instant now) {
        jdbc.sql("""
                UPDATE training_job SET status = 'DONE', progress = 100, finished_at = ?, active_version = ?,
                candidate_version = ?, active_micro_f1 = ?, candidate_micro_f1 = ?, outcome = ? WHERE id = ?""")
                .params(Timestamp.from(now), activeVersion, candidateVersion, activeMicroF1, candidateMicroF1, outcome.name(), id)
                .update();
    }

    void fail(long id, String error, Instant now) {
        jdbc.sql("UPDATE training_job SET status = 'FAILED', finished_at = ?, error = ? WHERE id = ?")
                .params(Timestamp.from(now), error.length() > 1000 ? error.substring(0, 1000) : error, id).update();
    }

    List<TrainingJob> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_job ORDER BY id DESC LIMIT ?")
                .params(limit).query(ROW).list();
    }

    Optional<TrainingJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_job WHERE id = ?")
                .params(id).query(ROW).list().stream().findFirst();
    }

    Optional<TrainingJob> unfinished() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY id LIMIT 1")
                .query(ROW).list()
                .stream().findFirst();
    }

    Optional<Instant> lastRequestedAt() {
        return Optional.ofNullable(jdbc.sql("SELECT MAX(requested_at) FROM training_job")
                .query(Timestamp.class).optional().orElse(null))
                .map(Timestamp::toInstant);
    }

    /** The outcome of the job that trained each version (its latest, when several gave the same version). */
    List<TrainingJob> byCandidate() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_job WHERE candidate_version IS NOT NULL ORDER BY id")
                .query(ROW).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
