package org.tellus.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.export.ExportFormat;
import org.tellus.insight.export.InsightExportService;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeFixture;
import org.tellus.plan.ThemeService;
import org.tellus.plan.ThemeSummary;
import org.tellus.response.imports.ResponseCsvImporter;
import org.tellus.insight.QuoteService;
import org.tellus.network.Visibility;
import org.tellus.network.NetworkService;
import org.tellus.network.forum.ForumFixtures;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.ForumThread;
import org.tellus.network.forum.ModerationService;
import org.tellus.privacy.RetentionService;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;
import org.tellus.tagging.TaggingService;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tellus.AccessRules.assertRefused;
import static org.tellus.network.NetworkFixtures.as;

/**
 * Each officer and administrator action the trail lists leaves an entry with who did it; none can be changed.
 * Staff sign-ins are proven where sign-in runs ({@code SignInProtectionTest}), set-up changes of the council and
 * the plan in the plan feature's tests (the council is one row every test shares), the privacy notice in
 * {@code MyDataAndNoticeTest} and applied retention in {@code RetentionTest}.
 */
@IntegrationTest
@WithMockUser(username = AuditTrailTest.STAFF, roles = {Roles.OFFICER, Roles.ADMIN})
class AuditTrailTest {

    static final String STAFF = "audit-staff@example.org";

    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ThemeService themes;
    @Autowired
    PlanService plan;
    @Autowired
    TaggingService tagging;
    @Autowired
    ResponseCsvImporter importer;
    @Autowired
    InsightExportService exports;
    @Autowired
    QuoteService quotes;
    @Autowired
    ResponseService responses;
    @Autowired
    RetentionService retention;
    @Autowired
    NetworkService networks;
    @Autowired
    ForumService forum;
    @Autowired
    ModerationService moderation;
    @Autowired
    JdbcTemplate jdbc;

    private ThemeFixture fixture;

    @AfterEach
    void removeThemes() {
        if (fixture != null) {
            fixture.remove();
        }
    }

    private List<AuditEntry> entries(String action, String targetPart) {
        return audit.search(new AuditFilter(action, STAFF, null, null), 0, 100).stream()
                .filter(e -> e.target().contains(targetPart)).toList();
    }

    @Test
    void aRoleChangeIsRecordedWithWhoDidIt() {
        UserSummary user = Fixtures.namedUser(accounts, "audited-" + UUID.randomUUID() + "@example.org", Roles.RESIDENT);
        accounts.setRoles(user.id(), Set.of(Roles.RESIDENT, Roles.OFFICER));
        assertThat(entries(AuditActions.ROLES_CHANGED, user.email())).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(STAFF);
            assertThat(e.detail()).isEqualTo("OFFICER, RESIDENT");
        });
    }

    @Test
    void openingClosingAndPublishingAConsultationAreRecorded() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Audited " + UUID.randomUUID());
        consultations.close(c.id());
        consultations.publishResults(c.id(), "We did this.");
        String target = "consultation " + c.id() + ":";
        assertThat(audit.search(AuditFilter.ALL, 0, 100)).filteredOn(e -> e.target().startsWith(target))
                .extracting(AuditEntry::action).contains(AuditActions.CONSULTATION_OPENED,
                        AuditActions.CONSULTATION_CLOSED, AuditActions.RESULTS_PUBLISHED);
        assertThat(entries(AuditActions.CONSULTATION_CLOSED, target)).hasSize(1);
    }

    @Test
    void themeMergesAndRetirementsAreRecorded() {
        fixture = new ThemeFixture(jdbc);
        String from = fixture.theme("Audit from");
        String into = fixture.theme("Audit into");
        String retired = fixture.theme("Audit retired");
        themes.merge(from, version(from), into, version(into));
        themes.retire(retired, version(retired));
        assertThat(entries(AuditActions.THEMES_MERGED, from + " into " + into)).hasSize(1);
        assertThat(entries(AuditActions.THEME_RETIRED, retired)).hasSize(1);
    }

    private long version(String themeId) {
        return plan.themes().stream().filter(t -> t.id().equals(themeId)).findFirst().map(ThemeSummary::version)
                .orElseThrow();
    }

    @Test
    void modelActivationImportsAndExportsAreRecordedWithTheirScope() throws Exception {
        String version = tagging.activeVersion();
        tagging.activate(version);
        assertThat(entries(AuditActions.MODEL_ACTIVATED, "model " + version)).isNotEmpty();

        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Audited " + UUID.randomUUID());
        importer.startImport(c.id(), "Timestamp,What matters most?\n2026-01-31T10:00:00Z,Parks\n".getBytes(), 1);
        assertThat(entries(AuditActions.IMPORT_STARTED, "consultation " + c.id())).hasSize(1);

        exports.openData(new InsightScope(Set.of(c.id())), InsightFilter.none(), ExportFormat.CSV, (k, p) -> k,
                new ByteArrayOutputStream());
        assertThat(entries(AuditActions.EXPORTED, "open data")).filteredOn(e -> e.detail().contains("[" + c.id() + "]"))
                .hasSize(1);
    }

    @Test
    void choosingAQuoteAndTakingItBackAreRecordedOnceEach() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Quoted " + UUID.randomUUID());
        long answer = submitConsenting(c, "The buses should run later in the evening");
        quotes.mark(answer);
        quotes.mark(answer);
        quotes.unmark(answer);
        quotes.unmark(answer);
        assertThat(entries(AuditActions.QUOTE_MARKED, "answer " + answer)).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("consultation " + c.id() + ", response "));
        assertThat(entries(AuditActions.QUOTE_UNMARKED, "answer " + answer)).hasSize(1);
    }

    @Test
    void anExclusionAndARetentionRuleAreRecorded() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Excluded " + UUID.randomUUID());
        long answer = submitConsenting(c, "Same text sent a hundred times over");
        long response = jdbc.queryForObject("SELECT response_id FROM answer WHERE id = ?", Long.class, answer);
        responses.exclude(response, "Sent from one connection in a minute");
        retention.setRule(c.id(), 6);
        assertThat(entries(AuditActions.RESPONSE_EXCLUDED, "(consultation " + c.id() + ")")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("Sent from one connection in a minute"));
        assertThat(entries(AuditActions.RETENTION_SET, "consultation " + c.id() + ":")).hasSize(1);
    }

    @Test
    void moderationIsRecordedWithTheFacilitatorWhoDidIt() {
        ForumFixtures f = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        ForumThread thread = as(f.member(), () -> forum.startThread(f.network().id(), "Bins", "Collected too late"));
        as(f.facilitator(), () -> moderation.hide(thread.opening().id(), "Off topic"));
        assertThat(audit.search(new AuditFilter(AuditActions.MODERATION, f.facilitator().email(), null, null), 0, 10))
                .singleElement().satisfies(e -> {
                    assertThat(e.target()).contains("network " + f.network().id(), "post " + thread.opening().id());
                    assertThat(e.detail()).endsWith(": Off topic");
                });
    }

    /** A resident's response agreeing to be quoted; returns its free-text answer. */
    private long submitConsenting(ConsultationDetails c, String text) {
        var q = c.questions();
        String reference = SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(new SubmissionRequest(c.id(),
                UUID.randomUUID().toString(), List.of(AnswerInput.text(q.get(0).id(), text),
                AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                AnswerInput.number(q.get(3).id(), 3)), Map.of(), true, Channel.ONLINE, null)).reference());
        return jdbc.queryForObject("SELECT a.id FROM answer a JOIN response r ON r.id = a.response_id "
                + "WHERE r.reference = ? AND a.question_id = ?", Long.class, reference, q.get(0).id());
    }

    @Test
    void theTrailCannotBeChangedOrEmptied() {
        SystemTask.runAs(Roles.OFFICER, () -> consultations.close(
                Fixtures.openConsultationWithEveryQuestionType(consultations, "Kept " + UUID.randomUUID()).id()));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry")).hasMessageContaining("append-only");
        assertThat(audit.count(AuditFilter.ALL)).isPositive();
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        assertRefused(List.of(() -> audit.search(AuditFilter.ALL, 0, 10), () -> audit.count(AuditFilter.ALL)),
                Roles.RESIDENT, Roles.FACILITATOR, Roles.OFFICER);
    }
}
