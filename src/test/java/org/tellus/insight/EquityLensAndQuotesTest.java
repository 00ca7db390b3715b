package org.tellus.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The equity lens, the question filter, insight across consultations and quotes, on {@link LensFixture}. */
@IntegrationTest
class EquityLensAndQuotesTest {

    private static LensFixture fixture;
    private static InsightFixture other;

    @Autowired
    EquityLensService lens;
    @Autowired
    InsightService insight;
    @Autowired
    QuoteService quotes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void consultations() {
        if (fixture == null) {
            fixture = LensFixture.forOneTestClass(context);
        }
        if (other == null) {
            other = InsightFixture.create(context);
        }
    }

    @Test
    void disabledRespondentsMentionTransportMoreThanEveryoneElseWhoAnswered() {
        GroupComparison result = asOfficer(() -> lens.compare(InsightScope.of(fixture.id()), "disability", InsightFilter.none()));
        // Prefer-not-to-say (5) is in no group: 30 + 50.
        assertThat(result.respondents().count()).hasValue(80);
        assertThat(result.groups()).extracting(GroupComparison.Group::code).containsExactly("yes", "no");
        GroupComparison.Comparison yes = comparison(result, "transport", "yes");
        assertThat(yes.responses().count()).hasValue(20);
        assertThat(yes.groupShare().getAsDouble()).isCloseTo(20 / 30.0, within(1e-9));
        assertThat(yes.othersShare().getAsDouble()).isCloseTo(15 / 50.0, within(1e-9));
        assertThat(yes.z().getAsDouble()).isCloseTo(3.2005, within(1e-4));
        assertThat(yes.adjustedP().getAsDouble()).isCloseTo(2 * 0.0013718, within(1e-6));
        assertThat(yes.finding()).isEqualTo(GroupComparison.Finding.HIGHER);
        assertThat(comparison(result, "transport", "no").finding()).isEqualTo(GroupComparison.Finding.LOWER);
        // Clean streets: 0 and 35. The 0 is hidden, and the 35 with it (it would say "nobody who is disabled").
        assertThat(comparison(result, "clean-streets", "yes").finding()).isEqualTo(GroupComparison.Finding.SUPPRESSED);
        assertThat(comparison(result, "clean-streets", "no").responses().suppressed()).isTrue();
    }

    @Test
    void aGroupUnderTenShowsNothingAndNoPathOfTheLensReturnsACountUnderTen() {
        GroupComparison sex = asOfficer(() -> lens.compare(InsightScope.of(fixture.id()), "sex", InsightFilter.none()));
        assertThat(sex.respondents().suppressed()).isTrue();
        assertThat(sex.comparisons()).allSatisfy(c -> {
            assertThat(c.finding()).isEqualTo(GroupComparison.Finding.SUPPRESSED);
            assertThat(c.groupShare()).isEmpty();
        });
        List<CellCount> cells = new ArrayList<>();
        for (String dimension : EquityLensService.dimensions()) {
            for (InsightFilter f : List.of(InsightFilter.none(), new InsightFilter(null, null, InsightFixture.NORTH, null, null),
                    new InsightFilter(null, null, null, null, "transport"))) {
                GroupComparison c = asOfficer(() -> lens.compare(InsightScope.of(fixture.id()), dimension, f));
                cells.add(c.respondents());
                c.groups().forEach(g -> cells.add(g.respondents()));
                c.comparisons().forEach(x -> cells.add(x.responses()));
            }
        }
        assertThat(cells).allSatisfy(c -> assertThat(c.count().orElse(Long.MAX_VALUE)).isGreaterThanOrEqualTo(10));
    }

    @Test
    void anUnknownDimensionIsRefusedWithAMessage() {
        assertThatThrownBy(() -> asOfficer(() -> lens.compare(InsightScope.of(fixture.id()), "shoe-size", InsightFilter.none())))
                .isInstanceOf(TranslatableException.class).hasMessage("insight.lens.unknown-dimension");
    }

    @Test
    void theQuestionFilterCountsOnlyThatQuestionsAnswers() {
        long freeText = fixture.consultation.questions().get(0).id();
        long rating = fixture.consultation.questions().get(3).id();
        ThemeCounts counted = asOfficer(() -> insight.themeCounts(fixture.id(), InsightFilter.none().withQuestion(freeText)));
        assertThat(counted.taggedResponses().count()).hasValue(86);
        assertThat(counted.themes()).anySatisfy(t -> assertThat(t.responses().count()).hasValue(40));
        // No free text was read in the rating question's answers: nothing to count.
        ThemeCounts none = asOfficer(() -> insight.themeCounts(fixture.id(), InsightFilter.none().withQuestion(rating)));
        assertThat(none.taggedResponses().suppressed()).isTrue();
    }

    @Test
    void insightAcrossConsultationsAddsTheirResponses() {
        InsightScope both = new InsightScope(Set.of(fixture.id(), other.id()));
        ThemeCounts counts = asOfficer(() -> insight.themeCounts(both, InsightFilter.none()));
        // 86 + 32 read; transport 40 + 19.
        assertThat(counts.taggedResponses().count()).hasValue(118);
        assertThat(counts.themes().stream().filter(t -> t.themeId().equals("transport")).findFirst().orElseThrow()
                .responses().count()).hasValue(59);
        assertThat(asOfficer(() -> insight.volume(both, InsightFilter.none())).total()).isEqualTo(118);
        // Every consultation includes at least these two (and whatever else the test database holds).
        assertThat(asOfficer(() -> insight.volume(InsightScope.allConsultations(), InsightFilter.none())).total())
                .isGreaterThanOrEqualTo(118);
    }

    @Test
    void onlyAnswersOfPeopleWhoAgreedCanBeQuoted() {
        long consented = fixture.consentedAnswers.getFirst();
        long refused = fixture.notConsentedAnswers.getFirst();
        asOfficer(() -> {
            quotes.mark(consented);
            return null;
        });
        assertThatThrownBy(() -> asOfficer(() -> {
            quotes.mark(refused);
            return null;
        })).isInstanceOf(TranslatableException.class).hasMessage("insight.quote.no-consent");
        List<Quote> list = asOfficer(() -> quotes.quotes(fixture.id()));
        assertThat(list).extracting(Quote::answerId).containsExactly(consented);
        assertThat(list.getFirst().text()).isEqualTo("Buses are late");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM insight_quote WHERE answer_id = ?", Long.class, refused)).isZero();

        List<ResponseExcerpt> behind = asOfficer(() -> insight.responsesWithTheme(fixture.id(), "transport", InsightFilter.none()));
        assertThat(behind).filteredOn(r -> r.answerId() == consented).singleElement()
                .satisfies(r -> assertThat(r.quoted()).isTrue()).satisfies(r -> assertThat(r.consentToQuote()).isTrue());
        assertThat(behind).filteredOn(r -> r.answerId() == refused).singleElement()
                .satisfies(r -> assertThat(r.consentToQuote()).isFalse());

        asOfficer(() -> {
            quotes.unmark(consented);
            return null;
        });
        assertThat(asOfficer(() -> quotes.quotes(fixture.id()))).isEmpty();
    }

    @Test
    void aQuoteMustBeAFreeTextAnswer() {
        long notAnAnswer = -1;
        assertThatThrownBy(() -> asOfficer(() -> {
            quotes.mark(notAnAnswer);
            return null;
        })).isInstanceOf(TranslatableException.class).hasMessage("insight.quote.not-found");
    }

    @Test
    void anonymousVisitorsResidentsAndFacilitatorsAreRefusedEveryMethod() {
        assertDenied();
    }

    private void assertDenied() {
        InsightScope scope = InsightScope.of(fixture.id());
        InsightFilter none = InsightFilter.none();
        long answer = fixture.consentedAnswers.getFirst();
        List<AccessRules.Call> calls = List.of(() -> lens.compare(scope, "disability", none), () -> quotes.mark(answer),
                () -> quotes.unmark(answer), () -> quotes.quotes(fixture.id()), () -> insight.volume(scope, none),
                () -> insight.themeCounts(scope, none), () -> insight.priorities(scope, none),
                () -> insight.themesByArea(scope, none), () -> insight.responsesWithTheme(scope, "transport", none));
        AccessRules.assertRefused(calls, Roles.RESIDENT, Roles.FACILITATOR);
    }

    private static GroupComparison.Comparison comparison(GroupComparison result, String theme, String group) {
        return result.comparisons().stream().filter(c -> c.themeId().equals(theme) && c.groupCode().equals(group))
                .findFirst().orElseThrow();
    }

    private static <T> T asOfficer(Supplier<T> work) {
        return SystemTask.runAs(Roles.OFFICER, work);
    }
}
