package org.tellus.report;

import org.springframework.stereotype.Component;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.ThemesOverTime;
import org.tellus.insight.TimeStep;

import java.util.List;

/**
 * The report's themes over time: the top themes by week, or by month when weeks would make more than
 * {@link #MOST_WEEKS} columns. The numbers are insight's, suppressed there as lines (decision 005).
 */
@Component
class ReportTimeline {

    static final int MOST_WEEKS = 12;

    private final InsightService insight;

    ReportTimeline(InsightService insight) {
        this.insight = insight;
    }

    ReportContent.Timeline of(InsightScope scope, List<ReportContent.Theme> topThemes) {
        ThemesOverTime weeks = insight.themesOverTime(scope, InsightFilter.none(), TimeStep.WEEK);
        ThemesOverTime chosen = weeks.periods().size() > MOST_WEEKS
                ? insight.themesOverTime(scope, InsightFilter.none(), TimeStep.MONTH) : weeks;
        // In the order of the top themes table, so the two read together.
        List<ReportContent.TimelineRow> rows = topThemes.stream()
                .flatMap(t -> chosen.rows().stream().filter(r -> r.themeId().equals(t.themeId())))
                .map(r -> new ReportContent.TimelineRow(r.themeName(), r.cells().stream().map(Figure::of).toList()))
                .toList();
        return new ReportContent.Timeline(chosen.step().name(), chosen.periods(),
                chosen.taggedResponses().stream().map(Figure::of).toList(), rows);
    }
}
