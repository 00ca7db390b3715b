package org.tellus.audit;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.SystemTask;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes each {@link Audited} event as it is published, on the publisher's thread (so the actor and the address are
 * the caller's) and inside its transaction (so a change that rolls back leaves no entry, and one that commits
 * always has its entry). A read-only transaction (an export) cannot write: the entry then commits on its own.
 */
@Component
class AuditRecorder {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditRecorder(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener
    void on(Audited event) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> write(event));
        } else {
            write(event);
        }
    }

    private void write(Audited event) {
        jdbc.sql("INSERT INTO audit_entry (at, actor, action, target, detail, address) VALUES (?, ?, ?, ?, ?, ?)")
                .params(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        event.actor() != null ? event.actor() : CurrentUser.email().orElse(SystemTask.SYSTEM_USER), event.action(), cut(event.target(), 300),
                        event.detail() == null ? null : cut(event.detail(), 1000), address())
                .update();
    }

    /** The caller's network address, when the event comes from a request (not from background work). */
    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? cut(request.getRequest().getRemoteAddr(), 64) : null;
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
