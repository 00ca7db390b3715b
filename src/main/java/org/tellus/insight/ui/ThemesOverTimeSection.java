package org.tellus.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.tellus.insight.CellCount;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.ThemesOverTime;
import org.tellus.insight.TimeStep;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Themes over time: a small chart per theme (bars of plain HTML, hidden from screen readers) and the same numbers
 * in a table, by week or month. Each row arrives suppressed as a line from the service.
 */
class ThemesOverTimeSection extends InsightSection {

    private final InsightService insight;
    private final RadioButtonGroup<TimeStep> step = new RadioButtonGroup<>();
    private final Div content = new Div();
    private InsightScope scope;
    private InsightFilter filter;

    ThemesOverTimeSection(InsightService insight) {
        this.insight = insight;
        step.setLabel(getTranslation("insight.over-time.step"));
        step.setItems(TimeStep.values());
        step.setItemLabelGenerator(s -> getTranslation("insight.over-time.step." + s));
        step.setValue(TimeStep.WEEK);
        step.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("insight.over-time")), step, content);
        setId("themes-over-time");
    }

    void show(InsightScope scope, InsightFilter filter) {
        this.scope = scope;
        this.filter = filter;
        refresh();
    }

    private void refresh() {
        content.removeAll();
        ThemesOverTime timeline = insight.themesOverTime(scope, filter, step.getValue());
        if (timeline.periods().isEmpty()) {
            content.add(new Paragraph(getTranslation("insight.over-time.none")));
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(step.getValue() == TimeStep.MONTH ? "MMM yyyy" : "d MMM yyyy", getLocale());
        List<String> headers = new ArrayList<>(List.of(getTranslation("insight.theme")));
        timeline.periods().forEach(p -> headers.add(format.format(p)));
        NativeTable table = table(getTranslation("insight.over-time.caption." + step.getValue(), CellCount.MINIMUM_RESPONDENTS), headers);
        Div chart = new Div();
        chart.addClassName("tellus-timeline");
        chart.getElement().setAttribute("aria-hidden", "true");
        for (ThemesOverTime.Row r : timeline.rows()) {
            if (r.cells().stream().allMatch(CellCount::suppressed)) {
                continue; // nothing to show but "fewer than 10" in every period
            }
            row(table, r.themeName(), r.cells().stream().map(this::cellText).toArray(String[]::new));
            chart.add(sparkline(r));
        }
        row(table, getTranslation("insight.over-time.tagged"),
                timeline.taggedResponses().stream().map(this::cellText).toArray(String[]::new));
        content.add(chart, scroller(table, getTranslation("insight.over-time.region")),
                new Paragraph(getTranslation("insight.over-time.note")));
    }

    /** One theme's periods as bars as tall as their share of the theme's largest; a suppressed period has none. */
    private Div sparkline(ThemesOverTime.Row r) {
        long most = r.cells().stream().filter(c -> !c.suppressed()).mapToLong(c -> c.count().getAsLong()).max().orElse(1);
        Div bars = new Div();
        bars.addClassName("tellus-sparkline");
        for (CellCount cell : r.cells()) {
            Div bar = new Div();
            bar.addClassName("tellus-spark");
            bar.getStyle().set("height", cell.suppressed() ? "0" : Math.max(2, 40 * cell.count().getAsLong() / most) + "px");
            bars.add(bar);
        }
        Span name = new Span(r.themeName());
        name.addClassName("tellus-chart-label");
        Div line = new Div(name, bars);
        line.addClassName("tellus-timeline-line");
        return line;
    }
}
