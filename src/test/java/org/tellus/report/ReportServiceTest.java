package org.tellus.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aSavedDraftLoadsAsItWasWritten() {
        ReportFixture fixture = new ReportFixture(context);
        ReportShaping shaping = new ReportShaping("  Intro  ", Map.of("healthy-happy", "Few said so."),
                Map.of("healthy-happy", List.of(3L, 1L)), Set.of(ReportSection.METHODS));
        asOfficer(() -> reports.saveDraft(fixture.id, shaping));
        ReportShaping loaded = asOfficer(() -> reports.draft(fixture.id));
        assertThat(loaded.introduction()).isEqualTo("Intro");
        assertThat(loaded.narrative("healthy-happy")).isEqualTo("Few said so.");
        assertThat(loaded.quotes("healthy-happy")).containsExactly(3L, 1L);
        assertThat(loaded.hidden()).containsExactly(ReportSection.METHODS);
        assertThat(asOfficer(() -> reports.preview(fixture.id)).shows(ReportSection.METHODS)).isFalse();
    }

    @Test
    void theModelCarriesTheInsightFiguresAndTheChosenQuotes() {
        ReportFixture fixture = new ReportFixture(context);
        ReportContent report = asOfficer(() -> reports.preview(fixture.id));
        assertThat(report.participation().responses()).isEqualTo(32);
        assertThat(report.participation().byChannel()).extracting(ReportContent.Share::name).contains("ONLINE", "PHONE");
        assertThat(report.topThemes()).extracting(ReportContent.Theme::themeId).containsExactly("transport", "clean-streets");
        ReportContent.Priority transport = priority(report, ReportFixture.TRANSPORT_PRIORITY);
        assertThat(transport.responses().respondents()).isEqualTo(19);
        assertThat(transport.responses().share()).isCloseTo(19 / 32.0, within(1e-9));
        assertThat(transport.themes()).contains("Transport and getting around");
        assertThat(transport.narrative()).isEqualTo("Buses came up most.");
        assertThat(transport.quotes()).extracting(ReportContent.Quote::answerId).containsExactly(fixture.quoted);
        assertThat(report.methods().minimumRespondents()).isEqualTo(10);
        assertThat(report.methods().modelVersion()).isNotBlank();
        assertThat(report.methods().taggedResponses().respondents()).isEqualTo(32);
    }

    @Test
    void nothingUnderTenReachesTheModelNorAQuoteUnderASuppressedPriority() {
        ReportFixture fixture = new ReportFixture(context);
        ReportContent report = asOfficer(() -> reports.preview(fixture.id));
        ReportContent.Priority small = priority(report, ReportFixture.SMALL_PRIORITY);
        assertThat(small.responses().suppressed()).isTrue();
        assertThat(small.quotes()).isEmpty();
        // Bredbury and Woodley's 9 is hidden, and so is Bramhall North's 22: the total would give the 9 back.
        assertThat(report.participation().byArea()).allSatisfy(a -> assertThat(a.figure().suppressed()).isTrue());
        List<Figure> figures = new ArrayList<>();
        report.priorities().forEach(p -> figures.add(p.responses()));
        report.topThemes().forEach(t -> figures.add(t.responses()));
        report.participation().byArea().forEach(a -> figures.add(a.figure()));
        assertThat(figures).allSatisfy(f -> assertThat(f.respondents() == null || f.respondents() >= 10).isTrue());
        assertThatThrownBy(() -> new Figure(9L, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPublishedReportStaysAsItWasAfterReTagging() {
        ReportFixture fixture = new ReportFixture(context);
        PublishedReport published = asOfficer(() -> reports.publish(fixture.id));
        assertThat(published.version()).isEqualTo(1);
        // Re-tagged after publication: transport's 19 answers become clean streets.
        jdbc.update("""
                UPDATE machine_tag m JOIN answer a ON a.id = m.answer_id JOIN response r ON r.id = a.response_id
                SET m.theme_id = 'clean-streets' WHERE r.consultation_id = ? AND m.theme_id = 'transport'""", fixture.id);
        ReportContent now = asOfficer(() -> reports.preview(fixture.id));
        assertThat(priority(now, ReportFixture.TRANSPORT_PRIORITY).responses().suppressed()).isTrue();

        PublishedReport read = SystemTask.runAs(Roles.RESIDENT, () -> reports.published(fixture.id)).orElseThrow();
        assertThat(read.content()).isEqualTo(published.content());
        assertThat(priority(read.content(), ReportFixture.TRANSPORT_PRIORITY).responses().respondents()).isEqualTo(19);
        assertThat(read.content().introduction()).isEqualTo("What we heard in the test.");

        PublishedReport second = asOfficer(() -> reports.publish(fixture.id));
        assertThat(second.version()).isEqualTo(2);
        assertThat(asOfficer(() -> reports.versions(fixture.id))).extracting(PublishedReport::version).containsExactly(2, 1);
    }

    @Test
    void publishingNeedsAnIntroductionAndAClosedConsultation() {
        ReportFixture fixture = new ReportFixture(context);
        asOfficer(() -> reports.saveDraft(fixture.id, ReportShaping.empty()));
        assertThatThrownBy(() -> asOfficer(() -> reports.publish(fixture.id)))
                .isInstanceOf(TranslatableException.class).hasMessage("report.publish.no-introduction");
        assertThat(SystemTask.runAs(Roles.RESIDENT, () -> reports.published(fixture.id))).isEmpty();
    }

    @Test
    void weDidEntriesAreUpdatedAndShownOnceTheReportIsPublished() {
        ReportFixture fixture = new ReportFixture(context);
        asOfficer(() -> reports.saveWeDid(fixture.id, ReportFixture.TRANSPORT_PRIORITY, "More buses planned",
                WeDidStatus.PLANNED, LocalDate.of(2027, 1, 10)));
        assertThat(SystemTask.runAs(Roles.RESIDENT, () -> reports.weDid(fixture.id))).isEmpty();
        asOfficer(() -> reports.publish(fixture.id));
        asOfficer(() -> reports.saveWeDid(fixture.id, ReportFixture.TRANSPORT_PRIORITY, "Two new routes run",
                WeDidStatus.DONE, LocalDate.of(2027, 3, 1)));
        List<WeDid> entries = SystemTask.runAs(Roles.RESIDENT, () -> reports.weDid(fixture.id));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Two new routes run");
            assertThat(e.status()).isEqualTo(WeDidStatus.DONE);
        });
        assertThatThrownBy(() -> asOfficer(() -> reports.saveWeDid(fixture.id, "no-such-priority", "x", WeDidStatus.DONE,
                LocalDate.now()))).isInstanceOf(TranslatableException.class).hasMessage("report.we-did.unknown-priority");
        assertThatThrownBy(() -> asOfficer(() -> reports.saveWeDid(fixture.id, ReportFixture.TRANSPORT_PRIORITY, " ",
                WeDidStatus.DONE, LocalDate.now()))).isInstanceOf(TranslatableException.class).hasMessage("report.we-did.incomplete");
    }

    @Test
    void onlyOfficersDraftPreviewPublishAndWriteWeDid() {
        ReportFixture fixture = new ReportFixture(context);
        AccessRules.assertRefused(List.of(
                () -> reports.draft(fixture.id),
                () -> reports.saveDraft(fixture.id, ReportShaping.empty()),
                () -> reports.preview(fixture.id),
                () -> reports.publish(fixture.id),
                () -> reports.versions(fixture.id),
                () -> reports.weDidDraft(fixture.id),
                () -> reports.saveWeDid(fixture.id, ReportFixture.TRANSPORT_PRIORITY, "x", WeDidStatus.DONE, LocalDate.now())),
                Roles.RESIDENT, Roles.FACILITATOR);
    }

    private static ReportContent.Priority priority(ReportContent report, String id) {
        return report.priorities().stream().filter(p -> p.priorityId().equals(id)).findFirst().orElseThrow();
    }

    private static <T> T asOfficer(Supplier<T> work) {
        return SystemTask.runAs(Roles.OFFICER, work);
    }

    private static void asOfficer(Runnable work) {
        SystemTask.runAs(Roles.OFFICER, work);
    }
}
