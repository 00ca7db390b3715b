package org.tellus.review;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightFixture;
import org.tellus.insight.InsightService;
import org.tellus.insight.ThemeCounts;
import org.tellus.plan.ThemesMerged;
import org.tellus.response.ResponseService;
import org.tellus.tagging.TaggingService;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Officers' decisions on a consultation whose machine tags the test chose ({@link InsightFixture}: 19 responses
 * about transport, 12 about clean streets, 1 with no theme). Tests share the fixture, so each works on its own
 * answers and checks differences, not totals.
 */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class ReviewServiceTest {

    private static InsightFixture fixture;

    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewService reviews;
    @Autowired
    RetrainingService retraining;
    @Autowired
    InsightService insight;
    @Autowired
    ResponseService responses;
    @Autowired
    TaggingService tagging;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void oneConsultationForAllTests() {
        if (fixture == null) {
            fixture = InsightFixture.create(context);
        }
    }

    @Test
    void theOfficersDecisionWinsInEveryCountAndTheMachinesTagIsKept() {
        long transport = count("transport");
        long clean = count("clean-streets");
        ReviewItem trains = reviews.queue(fixture.id(), new ReviewFilter(null, "transport"), 1).getFirst();
        assertThat(trains.suggestions()).extracting(Suggestion::themeId).containsExactly("transport");

        reviews.decide(trains.answerId(), Set.of("clean-streets"));

        assertThat(count("transport")).isEqualTo(transport - 1);
        assertThat(count("clean-streets")).isEqualTo(clean + 1);
        assertThat(machineThemes(trains.answerId())).containsExactly("transport");
        assertThat(reviews.queue(fixture.id(), ReviewFilter.none(), ReviewService.PAGE))
                .extracting(ReviewItem::answerId).doesNotContain(trains.answerId());
        long responseId = jdbc.queryForObject("SELECT response_id FROM answer WHERE id = ?", Long.class, trains.answerId());
        assertThat(reviews.decisionsOfResponse(responseId)).singleElement().satisfies(d -> {
            assertThat(d.reviewedBy()).isEqualTo("officer@example.org");
            assertThat(d.themeIds()).containsExactly("clean-streets");
        });

        reviews.decide(trains.answerId(), Set.of());
        assertThat(count("clean-streets")).isEqualTo(clean);
        assertThat(count("transport")).isEqualTo(transport - 1);
        assertThat(reviews.decisionsOfResponse(responseId)).singleElement()
                .satisfies(d -> assertThat(d.themeIds()).isEmpty());
        assertThat(machineThemes(trains.answerId())).containsExactly("transport");
    }

    @Test
    void bulkAcceptRecordsTheMachinesThemesOfEveryAnswerTheFilterKeeps() {
        ReviewFilter clean = new ReviewFilter(0.5, "clean-streets");
        assertThat(reviews.countAcceptable(fixture.id(), new ReviewFilter(0.95, "clean-streets"))).isZero();
        long reviewedBefore = reviews.progress(fixture.id(), ReviewFilter.none()).reviewed();
        long cleanCount = count("clean-streets");
        assertThat(reviews.countAcceptable(fixture.id(), clean)).isEqualTo(12);

        assertThat(reviews.acceptAll(fixture.id(), clean)).isEqualTo(12);

        assertThat(reviews.countAcceptable(fixture.id(), clean)).isZero();
        assertThat(reviews.progress(fixture.id(), ReviewFilter.none()).reviewed()).isEqualTo(reviewedBefore + 12);
        assertThat(count("clean-streets")).isEqualTo(cleanCount);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM officer_tag ot JOIN answer a ON a.id = ot.answer_id JOIN response r ON r.id = a.response_id
                WHERE r.consultation_id = ? AND ot.theme_id = 'clean-streets'""", Long.class, fixture.id())).isEqualTo(12);
    }

    @Test
    void unknownThemesAndAnswersAreRefusedClearly() {
        ReviewItem any = reviews.queue(fixture.id(), ReviewFilter.none(), 1).getFirst();
        assertThatThrownBy(() -> reviews.decide(any.answerId(), Set.of("no-such-theme")))
                .isInstanceOf(TranslatableException.class).hasMessage("review.theme.unknown");
        assertThatThrownBy(() -> reviews.decide(-1, Set.of()))
                .isInstanceOf(TranslatableException.class).hasMessage("review.answer.not-found");
        assertThat(reviews.queue(fixture.id(), ReviewFilter.none(), ReviewService.PAGE))
                .extracting(ReviewItem::answerId).contains(any.answerId());
    }

    @Test
    void aThemeMergeMovesOfficersTagsInsideTheMergeTransaction() {
        List<ReviewItem> two = reviews.queue(fixture.id(), new ReviewFilter(null, "transport"), 2);
        long both = two.get(0).answerId();
        long one = two.get(1).answerId();
        reviews.decide(both, Set.of("housing", "digital"));
        reviews.decide(one, Set.of("housing"));

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ThemesMerged("housing", "digital"));
            status.setRollbackOnly();
        });
        assertThat(officerThemes(both)).containsExactly("digital", "housing");

        transaction.executeWithoutResult(status -> events.publishEvent(new ThemesMerged("housing", "digital")));
        assertThat(officerThemes(both)).containsExactly("digital");
        assertThat(officerThemes(one)).containsExactly("digital");
    }

    @Test
    void anonymousVisitorsResidentsAndFacilitatorsAreRefusedEveryMethod() {
        assertDenied();
    }

    private void assertDenied() {
        long id = fixture.id();
        ReviewFilter none = ReviewFilter.none();
        List<AccessRules.Call> calls = List.of(() -> reviews.queue(id, none, 1), () -> reviews.progress(id, none),
                () -> reviews.decide(1, Set.of()), () -> reviews.countAcceptable(id, none), () -> reviews.acceptAll(id, none),
                () -> reviews.decisionsOfResponse(1), retraining::requestRetraining, () -> retraining.job(1),
                retraining::recentJobs, retraining::versions, () -> retraining.themeFigures("x"),
                () -> retraining.activate("x"), retraining::retrainAfter);
        AccessRules.assertRefused(calls, Roles.RESIDENT, Roles.FACILITATOR);
    }

    private long count(String themeId) {
        ThemeCounts counts = insight.themeCounts(fixture.id(), InsightFilter.none());
        return counts.themes().stream().filter(t -> t.themeId().equals(themeId)).findFirst().orElseThrow()
                .responses().count().orElseThrow();
    }

    private List<String> machineThemes(long answerId) {
        return jdbc.queryForList("SELECT theme_id FROM machine_tag WHERE answer_id = ? ORDER BY theme_id", String.class, answerId);
    }

    private List<String> officerThemes(long answerId) {
        return jdbc.queryForList("SELECT theme_id FROM officer_tag WHERE answer_id = ? ORDER BY theme_id", String.class, answerId);
    }
}
