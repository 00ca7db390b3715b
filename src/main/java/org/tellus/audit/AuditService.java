package org.tellus.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tellus.base.security.Roles;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's reading of the audit trail. There is no method to change or remove an entry, and the table's
 * triggers refuse it anyway (decision 029).
 */
@Service
public class AuditService {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    static final int MAX_PAGE = 500;

    private final JdbcClient jdbc;

    AuditService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the entries that match, newest first. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        where.params.add(Math.clamp(limit, 0, MAX_PAGE));
        where.params.add(Math.max(0, offset));
        return jdbc.sql("SELECT id, at, actor, action, target, detail, address FROM audit_entry" + where.sql
                        + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?").params(where.params)
                .query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public int count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql).params(where.params).query(Integer.class).single();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(AuditFilter filter) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.action() != null && !filter.action().isBlank()) {
            parts.add("action = ?");
            params.add(filter.action());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            parts.add("actor LIKE ?");
            params.add("%" + filter.actor().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            parts.add("at >= ?");
            params.add(utc(filter.from().atStartOfDay(COUNCIL)));
        }
        if (filter.to() != null) {
            parts.add("at < ?");
            params.add(utc(filter.to().plusDays(1).atStartOfDay(COUNCIL)));
        }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
    }

    private static LocalDateTime utc(java.time.ZonedDateTime time) {
        return LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC);
    }
}
