package org.tellus.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.Statement;
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

    private final JdbcTemplate jdbc;

    TrainingJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long queue(TrainingJob.Trigger trigger, String requestedBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("INSERT INTO training_job (status, trigger_kind, requested_by, requested_at) "
                    + "VALUES ('QUEUED', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            s.setString(1, trigger.name());
            s.setString(2, requestedBy);
            s.setTimestamp(3, Timestamp.from(at));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    /** Claims the oldest queued (or abandoned) job and marks it running. */
    @Transactional
    Optional<Long> claim(Instant now) {
        Optional<Long> id = jdbc.queryForList("""
                SELECT id FROM training_job WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < ?)
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""", Long.class, Timestamp.from(now.minus(STALE)))
                .stream().findFirst();
        id.ifPresent(job -> jdbc.update("""
                UPDATE training_job SET status = 'RUNNING', started_at = ?, heartbeat_at = ?, progress = 0, step = NULL
                WHERE id = ?""", Timestamp.from(now), Timestamp.from(now), job));
        return id;
    }

    void progress(long id, TrainingJob.Step step, int percent, Instant now) {
        jdbc.update("UPDATE training_job SET step = ?, progress = ?, heartbeat_at = ? WHERE id = ?",
                step.name(), percent, Timestamp.from(now), id);
    }

    void sizes(long id, int trainingDecisions, int heldOut) {
        jdbc.update("UPDATE training_job SET training_decisions = ?, held_out = ? WHERE id = ?", trainingDecisions, heldOut, id);
    }

    void finish(long id, String activeVersion, String candidateVersion, Double activeMicroF1, Double candidateMicroF1,
                TrainingOutcome outcome, Instant now) {
        jdbc.update("""
                UPDATE training_job SET status = 'DONE', progress = 100, finished_at = ?, active_version = ?,
                candidate_version = ?, active_micro_f1 = ?, candidate_micro_f1 = ?, outcome = ? WHERE id = ?""",
                Timestamp.from(now), activeVersion, candidateVersion, activeMicroF1, candidateMicroF1, outcome.name(), id);
    }

    void fail(long id, String error, Instant now) {
        jdbc.update("UPDATE training_job SET status = 'FAILED', finished_at = ?, error = ? WHERE id = ?",
                Timestamp.from(now), error.length() > 1000 ? error.substring(0, 1000) : error, id);
    }

    List<TrainingJob> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM training_job ORDER BY id DESC LIMIT ?", ROW, limit);
    }

    Optional<TrainingJob> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM training_job WHERE id = ?", ROW, id).stream().findFirst();
    }

    Optional<TrainingJob> unfinished() {
        return jdbc.query("SELECT " + COLUMNS + " FROM training_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY id LIMIT 1", ROW)
                .stream().findFirst();
    }

    Optional<Instant> lastRequestedAt() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(requested_at) FROM training_job", Timestamp.class))
                .map(Timestamp::toInstant);
    }

    /** The outcome of the job that trained each version (its latest, when several gave the same version). */
    List<TrainingJob> byCandidate() {
        return jdbc.query("SELECT " + COLUMNS + " FROM training_job WHERE candidate_version IS NOT NULL ORDER BY id", ROW);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
