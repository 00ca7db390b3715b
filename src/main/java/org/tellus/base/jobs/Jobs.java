package org.tellus.base.jobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Background work claimed through the database (decision 022): a job row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so one instance runs it; its owner beats a heartbeat while it works; a running
 * job whose heartbeat is older than the lease the claimer gives is taken over, as its owner must have died.
 */
@Component
public class Jobs {

    private static final String COLUMNS = "id, kind, status, progress, total, subject_id, requested_by, attempts, "
            + "created_at, finished_at, result, error";
    private static final RowMapper<JobStatus> ROW = (rs, n) -> new JobStatus(rs.getLong(1), rs.getString(2),
            JobStatus.Status.valueOf(rs.getString(3)), rs.getInt(4), (Integer) rs.getObject(5), (Long) rs.getObject(6),
            rs.getString(7), rs.getInt(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), rs.getString(11),
            rs.getString(12));

    private static final int PAYLOAD_PART = 1 << 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String owner;

    @Autowired
    Jobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this(jdbc, transactions, clock, thisInstance());
    }

    Jobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, String owner) {
        this.jdbc = jdbc;
        // Claims, heartbeats and progress commit at once, also when the work itself runs in one long transaction
        // (an import): other instances must see them while it works.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.owner = owner;
    }

    /** Queues a job; {@code payload} (may be null) is its input, read back by whoever claims it. */
    public long submit(String kind, Long subjectId, String requestedBy, Integer total, byte[] payload) {
        return transaction.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                PreparedStatement s = c.prepareStatement("INSERT INTO background_job (kind, status, subject_id, "
                        + "requested_by, total, created_at) VALUES (?, 'QUEUED', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                s.setString(1, kind);
                s.setObject(2, subjectId);
                s.setString(3, requestedBy);
                s.setObject(4, total);
                s.setTimestamp(5, now());
                return s;
            }, key);
            long id = key.getKey().longValue();
            // In parts, so that no row is larger than the server's max_allowed_packet (16 MB by default).
            for (int part = 0; payload != null && part * PAYLOAD_PART < payload.length; part++) {
                jdbc.update("INSERT INTO background_job_payload (job_id, part, content) VALUES (?, ?, ?)", id, part,
                        Arrays.copyOfRange(payload, part * PAYLOAD_PART, Math.min(payload.length, (part + 1) * PAYLOAD_PART)));
            }
            return id;
        });
    }

    /** Claims the oldest queued job of a kind, or a running one whose owner has been silent longer than {@code lease}. */
    public Optional<JobClaim> claim(String kind, Duration lease) {
        return transaction.execute(status -> jdbc.queryForList("""
                        SELECT id FROM background_job WHERE kind = ? AND job_key IS NULL
                        AND (status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < ?))
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""", Long.class, kind, Timestamp.from(clock.instant().minus(lease)))
                .stream().findFirst().map(this::take));
    }

    /**
     * Runs {@code work} here unless another instance is running it now (and is alive): a lease on one row per
     * kind, for work that must not run twice at once, such as the first-start training. True when it ran here.
     */
    public boolean runExclusively(String kind, Duration lease, Runnable work) {
        ensureLeaseRow(kind);
        Optional<JobClaim> claim = transaction.execute(status -> jdbc.queryForList("""
                        SELECT id FROM background_job WHERE kind = ? AND job_key = 'lease'
                        AND (status <> 'RUNNING' OR heartbeat_at < ?) FOR UPDATE SKIP LOCKED""",
                Long.class, kind, Timestamp.from(clock.instant().minus(lease))).stream().findFirst().map(this::take));
        if (claim.isEmpty()) {
            return false;
        }
        try (AutoCloseable alive = claim.get().keepAlive(lease.dividedBy(4))) {
            work.run();
            claim.get().finish(null);
            return true;
        } catch (RuntimeException e) {
            claim.get().fail(String.valueOf(e.getMessage()));
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        }
    }

    public Optional<JobStatus> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM background_job WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** The latest jobs of a kind about one subject (a consultation, say), newest first. */
    public List<JobStatus> recent(String kind, long subjectId, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM background_job WHERE kind = ? AND subject_id = ? ORDER BY id DESC LIMIT ?",
                ROW, kind, subjectId, limit);
    }

    /** How many jobs (leases aside) are in each state, for the metrics. */
    public Map<JobStatus.Status, Long> counts() {
        Map<JobStatus.Status, Long> counts = new EnumMap<>(JobStatus.Status.class);
        for (JobStatus.Status s : JobStatus.Status.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("SELECT status, COUNT(*) FROM background_job WHERE job_key IS NULL GROUP BY status",
                rs -> { counts.put(JobStatus.Status.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    /** This instance's name as a job owner: host, process and a random part, as pids repeat across hosts. */
    public String owner() {
        return owner;
    }

    private JobClaim take(long id) {
        jdbc.update("""
                UPDATE background_job SET status = 'RUNNING', owner = ?, attempts = attempts + 1, claimed_at = ?,
                heartbeat_at = ?, finished_at = NULL, error = NULL WHERE id = ?""", owner, now(), now(), id);
        return new JobClaim(this, id, jdbc.queryForObject("SELECT attempts FROM background_job WHERE id = ?", Integer.class, id));
    }

    private void ensureLeaseRow(String kind) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM background_job WHERE kind = ? AND job_key = 'lease'", Integer.class, kind) == 0) {
            try {
                jdbc.update("INSERT INTO background_job (kind, job_key, status, created_at) VALUES (?, 'lease', 'QUEUED', ?)", kind, now());
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // the row is there: that is all we wanted
            }
        }
    }

    byte[] payload(long id) {
        List<byte[]> parts = jdbc.query("SELECT content FROM background_job_payload WHERE job_id = ? ORDER BY part",
                (rs, n) -> rs.getBytes(1), id);
        if (parts.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        parts.forEach(whole::writeBytes);
        return whole.toByteArray();
    }

    boolean progress(JobClaim claim, int done, Integer total) {
        return ours("UPDATE background_job SET progress = ?, total = COALESCE(?, total), heartbeat_at = ? "
                + "WHERE id = ? AND owner = ? AND status = 'RUNNING'", done, total, now(), claim.id(), owner);
    }

    boolean heartbeat(JobClaim claim) {
        return ours("UPDATE background_job SET heartbeat_at = ? WHERE id = ? AND owner = ? AND status = 'RUNNING'",
                now(), claim.id(), owner);
    }

    boolean finish(JobClaim claim, String result) {
        return ours("UPDATE background_job SET status = 'DONE', result = ?, finished_at = ?, heartbeat_at = ? "
                + "WHERE id = ? AND owner = ? AND status = 'RUNNING'", result, now(), now(), claim.id(), owner);
    }

    boolean fail(JobClaim claim, String error) {
        String shortened = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        return ours("UPDATE background_job SET status = 'FAILED', error = ?, finished_at = ? "
                + "WHERE id = ? AND owner = ? AND status = 'RUNNING'", shortened, now(), claim.id(), owner);
    }

    private boolean ours(String sql, Object... args) {
        return transaction.execute(status -> jdbc.update(sql, args)) == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String thisInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
