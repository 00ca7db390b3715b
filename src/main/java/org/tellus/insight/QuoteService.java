package org.tellus.insight;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.AccountService;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Quotes for the report: free-text answers an officer picks from a drill-down. Only answers of responses whose
 * respondent agreed to be quoted (stored with the response when it was given) can be marked; the check is here,
 * not only in the view, so no path can quote someone who did not agree.
 */
@Service
@Transactional
public class QuoteService {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    QuoteService(JdbcClient jdbc, AccountService accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Marks a free-text answer of a submitted response as a quote; refused when the respondent did not consent.
     * A quote puts a resident's words in a report, so the choice is audited (only when it changes something).
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public void mark(long answerId) {
        List<Boolean> consent = jdbc.sql("""
                SELECT consent_to_quote FROM submitted_text_answer WHERE answer_id = ?""")
                .params(answerId).query(Boolean.class).list();
        if (consent.isEmpty()) {
            throw new TranslatableException("insight.quote.not-found");
        }
        if (!consent.getFirst()) {
            throw new TranslatableException("insight.quote.no-consent");
        }
        int marked = jdbc.sql("INSERT IGNORE INTO insight_quote (answer_id, marked_by) VALUES (?, ?)")
                .params(answerId, accounts.currentUserId().orElse(null)).update();
        if (marked > 0) {
            audit(AuditActions.QUOTE_MARKED, answerId);
        }
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public void unmark(long answerId) {
        if (jdbc.sql("DELETE FROM insight_quote WHERE answer_id = ?").params(answerId).update() > 0) {
            audit(AuditActions.QUOTE_UNMARKED, answerId);
        }
    }

    private void audit(String action, long answerId) {
        String response = jdbc.sql("""
                SELECT CONCAT('consultation ', consultation_id, ', response ', reference) FROM submitted_text_answer
                WHERE answer_id = ?""").params(answerId).query(String.class).optional().orElse("");
        events.publishEvent(new Audited(action, "answer " + answerId, response));
    }

    /** A consultation's quotes, oldest marked first. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public List<Quote> quotes(long consultationId) {
        return jdbc.sql("""
                SELECT a.answer_id, a.reference, a.prompt, a.text, a.attribution, iq.marked_at FROM insight_quote iq
                JOIN submitted_text_answer a ON a.answer_id = iq.answer_id
                WHERE a.consultation_id = ? AND a.consent_to_quote ORDER BY iq.marked_at, a.answer_id""")
                .params(consultationId)
                .query((rs, n) -> new Quote(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC))).list();
    }
}
