package org.tellus.report;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationService;
import org.tellus.insight.InsightFixture;
import org.tellus.insight.QuoteService;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A closed consultation of {@link InsightFixture} (transport 19, clean streets 12, areas 22 and 9), every response
 * consenting to be quoted, two answers marked as quotes, and a draft that picks one for each of the transport
 * priority ("enterprising-thriving", 19) and a priority under 10 ("healthy-happy"), with a narrative for each.
 */
public final class ReportFixture {

    static final String TRANSPORT_PRIORITY = "enterprising-thriving";
    static final String SMALL_PRIORITY = "healthy-happy";

    public final long id;
    final long quoted;

    public ReportFixture(ApplicationContext context) {
        InsightFixture insight = InsightFixture.create(context);
        id = insight.id();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("UPDATE response SET consent_to_quote = TRUE WHERE consultation_id = ?", id);
        List<Long> transport = jdbc.queryForList("""
                SELECT a.id FROM answer a JOIN response r ON r.id = a.response_id JOIN machine_tag m ON m.answer_id = a.id
                WHERE r.consultation_id = ? AND m.theme_id = 'transport' ORDER BY a.id""", Long.class, id);
        quoted = transport.getFirst();
        QuoteService quotes = context.getBean(QuoteService.class);
        ConsultationService consultations = context.getBean(ConsultationService.class);
        SystemTask.runAs(Roles.OFFICER, () -> {
            quotes.mark(quoted);
            quotes.mark(transport.get(1));
            consultations.close(id);
            context.getBean(ReportService.class).saveDraft(id, new ReportShaping("What we heard in the test.",
                    Map.of(TRANSPORT_PRIORITY, "Buses came up most.", SMALL_PRIORITY, "Few spoke of health."),
                    Map.of(TRANSPORT_PRIORITY, List.of(quoted), SMALL_PRIORITY, List.of(transport.get(1))), Set.of()));
        });
    }
}
