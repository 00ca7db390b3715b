package org.tellus.report;

import org.springframework.stereotype.Component;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.insight.CellCount;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.GroupComparison;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.PriorityReach;
import org.tellus.insight.Quote;
import org.tellus.insight.QuoteService;
import org.tellus.insight.ThemeCounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a consultation's report from the insight services, so every number in it has passed their suppression
 * (decision 005) and is the one the insight page shows. Who took part comes from {@link ReportParticipation},
 * the methods note from {@link ReportMethods}.
 */
@Component
class ReportBuilder {

    /** How many themes the report lists, most mentioned first. */
    static final int TOP_THEMES = 10;

    private final InsightService insight;
    private final EquityLensService lens;
    private final QuoteService quotes;
    private final ReportParticipation participation;
    private final ReportMethods methods;
    private final ReportTimeline timeline;
    private final ReportForums forums;
    private final Clock clock;

    ReportBuilder(InsightService insight, EquityLensService lens, QuoteService quotes, ReportParticipation participation,
                  ReportMethods methods, ReportTimeline timeline, ReportForums forums, Clock clock) {
        this.insight = insight;
        this.lens = lens;
        this.quotes = quotes;
        this.participation = participation;
        this.methods = methods;
        this.timeline = timeline;
        this.forums = forums;
        this.clock = clock;
    }

    ReportContent build(ConsultationDetails consultation, ReportShaping shaping) {
        InsightScope scope = InsightScope.of(consultation.id());
        InsightFilter all = InsightFilter.none();
        ThemeCounts themes = insight.themeCounts(scope, all);
        List<ReportContent.Theme> top = topThemes(themes);
        return new ReportContent(consultation.id(), consultation.title(), shaping.introduction(), Instant.now(clock),
                participation.of(scope), priorities(scope, themes.taggedResponses(), shaping), top,
                differences(scope), methods.of(consultation.id(), themes.taggedResponses()), shaping.hidden(),
                timeline.of(scope, top), forums.of(consultation));
    }

    private List<ReportContent.Priority> priorities(InsightScope scope, CellCount base, ReportShaping shaping) {
        Map<Long, Quote> marked = quotes.quotes(scope.consultationIds().iterator().next()).stream()
                .collect(Collectors.toMap(Quote::answerId, Function.identity()));
        List<ReportContent.Priority> result = new ArrayList<>();
        for (PriorityReach reach : insight.priorities(scope, InsightFilter.none())) {
            Figure figure = Figure.of(reach.responses(), base);
            // A quote under a suppressed priority would say that someone, of fewer than 10, said this.
            List<ReportContent.Quote> chosen = figure.suppressed() ? List.of() : shaping.quotes(reach.priorityId()).stream()
                    .map(marked::get).filter(q -> q != null)
                    .map(q -> new ReportContent.Quote(q.answerId(), q.text(), q.attribution())).toList();
            result.add(new ReportContent.Priority(reach.priorityId(), reach.priorityName(), reach.themeNames(), figure,
                    shaping.narrative(reach.priorityId()), chosen));
        }
        return result;
    }

    private static List<ReportContent.Theme> topThemes(ThemeCounts counts) {
        return counts.themes().stream().filter(t -> !t.responses().suppressed())
                .sorted(Comparator.comparingLong((ThemeCounts.ThemeCount t) -> t.responses().count().getAsLong()).reversed())
                .limit(TOP_THEMES)
                .map(t -> new ReportContent.Theme(t.themeId(), t.themeName(), Figure.of(t.responses(), counts.taggedResponses())))
                .toList();
    }

    private List<ReportContent.Difference> differences(InsightScope scope) {
        List<ReportContent.Difference> found = new ArrayList<>();
        for (String dimension : EquityLensService.dimensions()) {
            GroupComparison comparison = lens.compare(scope, dimension, InsightFilter.none());
            Map<String, String> names = comparison.groups().stream().filter(g -> g.name() != null)
                    .collect(Collectors.toMap(GroupComparison.Group::code, GroupComparison.Group::name));
            comparison.comparisons().stream()
                    .filter(c -> c.finding() == GroupComparison.Finding.HIGHER || c.finding() == GroupComparison.Finding.LOWER)
                    .forEach(c -> found.add(new ReportContent.Difference(dimension, c.groupCode(), names.get(c.groupCode()),
                            c.themeName(), c.finding() == GroupComparison.Finding.HIGHER, c.groupShare().getAsDouble(),
                            c.othersShare().getAsDouble(), c.adjustedP().getAsDouble())));
        }
        return found;
    }
}
