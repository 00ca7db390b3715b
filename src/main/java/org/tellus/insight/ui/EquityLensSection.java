package org.tellus.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.tellus.insight.CellCount;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.GroupComparison;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The equity lens: pick a way of grouping respondents (area, or an equality question) and see, theme by theme,
 * each group's share against everyone else's, and whether the difference is clear after the Holm correction,
 * said in words. Themes where no group can be shown are left out; suppressed cells say "fewer than 10".
 */
class EquityLensSection extends InsightSection {

    private final EquityLensService lens;
    private final Select<String> dimension = new Select<>();
    private final Div table = new Div();
    private InsightScope scope;
    private InsightFilter filter;

    EquityLensSection(EquityLensService lens) {
        this.lens = lens;
        dimension.setLabel(getTranslation("insight.lens.compare-by"));
        dimension.setItems(EquityLensService.dimensions());
        dimension.setItemLabelGenerator(this::dimensionName);
        dimension.setValue(GroupComparison.AREA);
        dimension.addValueChangeListener(e -> refresh());
        table.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("insight.lens")), new Paragraph(getTranslation("insight.lens.intro",
                CellCount.MINIMUM_RESPONDENTS, percent(GroupComparison.SIGNIFICANCE_LEVEL))),
                dimension, table);
    }

    void show(InsightScope scope, InsightFilter filter) {
        this.scope = scope;
        this.filter = filter;
        refresh();
    }

    private void refresh() {
        table.removeAll();
        GroupComparison result = lens.compare(scope, dimension.getValue(), filter);
        Set<String> shownThemes = result.comparisons().stream()
                .filter(c -> c.finding() != GroupComparison.Finding.SUPPRESSED)
                .map(GroupComparison.Comparison::themeId).collect(Collectors.toSet());
        boolean forums = GroupComparison.NETWORK_FORUM.equals(result.dimension());
        if (forums) {
            table.add(new Paragraph(getTranslation("insight.lens.forums.intro")));
        }
        table.add(new Paragraph(getTranslation(forums ? "insight.lens.forums.base" : "insight.lens.base",
                cellText(result.respondents()))));
        if (shownThemes.isEmpty()) {
            table.add(new Paragraph(getTranslation("insight.lens.nothing", CellCount.MINIMUM_RESPONDENTS)));
            return;
        }
        Map<String, String> groupNames = result.groups().stream().collect(Collectors.toMap(GroupComparison.Group::code,
                g -> g.name() != null ? g.name() : getTranslation("equality." + result.dimension() + "." + g.code())));
        NativeTable comparisons = table(getTranslation("insight.lens.caption", dimensionName(dimension.getValue()),
                CellCount.MINIMUM_RESPONDENTS), List.of("theme", "group", forums ? "people" : "responses", "group-share", "others-share",
                "adjusted-p", "finding").stream().map(k -> getTranslation("insight.lens.column." + k)).toList());
        for (GroupComparison.Comparison c : result.comparisons()) {
            if (!shownThemes.contains(c.themeId())) {
                continue;
            }
            boolean hidden = c.finding() == GroupComparison.Finding.SUPPRESSED;
            row(comparisons, c.themeName(), groupNames.get(c.groupCode()), cellText(c.responses()),
                    hidden ? "" : percent(c.groupShare().getAsDouble()), hidden ? "" : percent(c.othersShare().getAsDouble()),
                    hidden ? "" : pValue(c.adjustedP().getAsDouble()),
                    getTranslation("insight.lens.finding." + c.finding()));
        }
        table.add(scroller(comparisons, getTranslation("insight.lens.region")));
    }

    private String dimensionName(String code) {
        if (GroupComparison.AREA.equals(code) || GroupComparison.NETWORK_FORUM.equals(code)) {
            return getTranslation("insight.lens." + code);
        }
        return getTranslation("equality." + code);
    }

    private String pValue(double p) {
        if (p < 0.001) {
            return getTranslation("insight.lens.p-below", NumberFormat.getNumberInstance(getLocale()).format(0.001));
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(3);
        format.setMinimumFractionDigits(3);
        return format.format(p);
    }
}
