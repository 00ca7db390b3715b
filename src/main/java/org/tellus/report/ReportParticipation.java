package org.tellus.report;

import org.springframework.stereotype.Component;
import org.tellus.insight.CellCount;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.ResponseVolume;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The report's "who took part": the total, and by channel, area and month, each breakdown suppressed as a line. */
@Component
class ReportParticipation {

    private final InsightService insight;
    private final PlanService plan;

    ReportParticipation(InsightService insight, PlanService plan) {
        this.insight = insight;
        this.plan = plan;
    }

    ReportContent.Participation of(InsightScope scope) {
        ResponseVolume volume = insight.volume(scope, InsightFilter.none());
        List<ReportContent.Share> channels = line(volume.perChannel().stream().map(c -> c.channel().name()).toList(),
                volume.perChannel().stream().mapToLong(ResponseVolume.ChannelCount::responses).toArray());
        Map<YearMonth, Long> months = volume.perDay().stream().collect(Collectors.groupingBy(
                d -> YearMonth.from(d.day()), TreeMap::new, Collectors.summingLong(ResponseVolume.DayCount::responses)));
        List<ReportContent.Month> byMonth = line(months.keySet().stream().map(YearMonth::toString).toList(),
                months.values().stream().mapToLong(Long::longValue).toArray()).stream()
                .map(s -> new ReportContent.Month(YearMonth.parse(s.name()), s.figure())).toList();
        List<AreaSummary> areas = plan.areas();
        List<ReportContent.Share> byArea = line(areas.stream().map(AreaSummary::name).toList(), areas.stream()
                .mapToLong(a -> insight.volume(scope, new InsightFilter(null, null, a.id(), null, null)).total()).toArray());
        return new ReportContent.Participation(volume.total(), channels, byArea, byMonth);
    }

    /** Named cells whose total is shown: small ones, and what would give them away by subtraction, suppressed. */
    private static List<ReportContent.Share> line(List<String> names, long[] counts) {
        List<CellCount> cells = CellCount.line(counts);
        List<ReportContent.Share> shares = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            shares.add(new ReportContent.Share(names.get(i), Figure.of(cells.get(i))));
        }
        return shares;
    }
}
