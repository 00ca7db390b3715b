package org.tellus.report;

import org.springframework.stereotype.Component;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.insight.CellCount;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.ForumThemes;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.ThemeCounts;

import java.util.Comparator;
import java.util.List;

/**
 * "What the networks' forums said": the people posting in the networks that take part in analysis, during the
 * consultation's dates, and their top themes, overall and per network (decision 034). Suppressed under 10 by
 * insight; a network of fewer than 10 people posting shows no themes at all.
 */
@Component
class ReportForums {

    private final EquityLensService lens;

    ReportForums(EquityLensService lens) {
        this.lens = lens;
    }

    ReportContent.Forums of(ConsultationDetails consultation) {
        ForumThemes forums = lens.forumThemes(InsightFilter.none()
                .withDatesOrElse(consultation.opensOn(), consultation.closesOn()));
        List<ReportContent.ForumNetwork> networks = forums.networks().stream()
                .map(n -> new ReportContent.ForumNetwork(n.name(), Figure.of(n.people()),
                        n.people().suppressed() ? List.of() : top(n.themes(), n.people())))
                .toList();
        return new ReportContent.Forums(Figure.of(forums.people()), top(forums.themes(), forums.people()), networks);
    }

    private static List<ReportContent.Theme> top(List<ThemeCounts.ThemeCount> themes, CellCount base) {
        return themes.stream().filter(t -> !t.responses().suppressed())
                .sorted(Comparator.comparingLong((ThemeCounts.ThemeCount t) -> t.responses().count().getAsLong()).reversed())
                .limit(ReportBuilder.TOP_THEMES)
                .map(t -> new ReportContent.Theme(t.themeId(), t.themeName(), Figure.of(t.responses(), base)))
                .toList();
    }
}
