package org.tellus.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.tellus.insight.CellCount;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.QuoteService;
import org.tellus.insight.ThemesOverTime;
import org.tellus.insight.TimeStep;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Themes over time: a small chart per theme (bars of plain HTML, hidden from screen readers) and the same numbers
 * in a table, by week or month; a shown count opens the responses behind it. Each row arrives suppressed as a line
 * from the service, and the drill-down refuses a suppressed count as everywhere.
 */
class ThemesOverTimeSection extends InsightSection {

    private final InsightService insight;
    private final QuoteService quotes;
    private final Runnable onQuotesChanged;
    private final RadioButtonGroup<TimeStep> step = new RadioButtonGroup<>();
    private final Div content = new Div();
    private InsightScope scope;
    private InsightFilter filter;

    /** @param onQuotesChanged runs when a drill-down closes, in which quotes may have been marked */
    ThemesOverTimeSection(InsightService insight, QuoteService quotes, Runnable onQuotesChanged) {
        this.insight = insight;
        this.quotes = quotes;
        this.onQuotesChanged = onQuotesChanged;
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
            NativeTableRow row = row(table, r.themeName());
            for (int i = 0; i < r.cells().size(); i++) {
                row.addDataCell().add(cell(r, r.cells().get(i), timeline.periods().get(i), format));
            }
            chart.add(sparkline(r));
        }
        row(table, getTranslation("insight.over-time.tagged"),
                timeline.taggedResponses().stream().map(this::cellText).toArray(String[]::new));
        content.add(chart, scroller(table, getTranslation("insight.over-time.region")),
                new Paragraph(getTranslation("insight.over-time.note")));
    }

    /** A shown count opens the responses behind it (that theme in that period); a suppressed one is only text. */
    private Component cell(ThemesOverTime.Row r, CellCount cell, LocalDate start, DateTimeFormatter format) {
        if (cell.suppressed()) {
            return new Span(fewerThan());
        }
        String n = text(cell.count().getAsLong());
        LocalDate end = step.getValue().next(start).minusDays(1);
        // The period within the filter's own dates, which the count was made in.
        InsightFilter period = new InsightFilter(filter.from() == null || start.isAfter(filter.from()) ? start : filter.from(),
                filter.to() == null || end.isBefore(filter.to()) ? end : filter.to(), filter.areaId(), filter.channel(),
                filter.themeId(), filter.questionId(), filter.language());
        Button open = new Button(n, e -> new DrillDownDialog(insight, quotes, scope, r.themeId(), r.themeName(), period,
                onQuotesChanged).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setAriaLabel(getTranslation("insight.over-time.open", n, r.themeName(), format.format(start)));
        return open;
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
