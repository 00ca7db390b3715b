package org.tellus.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.tellus.base.ui.Formats;
import org.tellus.insight.CellCount;
import org.tellus.insight.ForumThemes;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.PriorityReach;
import org.tellus.insight.QuoteService;
import org.tellus.insight.ResponseVolume;
import org.tellus.insight.ThemeCounts;
import org.tellus.insight.ThemesByArea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Volumes, themes (a bar chart and the same numbers as a table), plan priorities and themes by area for a scope
 * and filter. Small numbers arrive already suppressed from the service.
 */
class InsightResults extends InsightSection {

    private final InsightService insight;
    private final QuoteService quotes;
    private final Runnable onQuotesChanged;

    /** @param onQuotesChanged runs when a drill-down closes, in which quotes may have been marked */
    InsightResults(InsightService insight, QuoteService quotes, Runnable onQuotesChanged) {
        this.insight = insight;
        this.quotes = quotes;
        this.onQuotesChanged = onQuotesChanged;
        getElement().setAttribute("aria-live", "polite");
    }

    void show(InsightScope scope, InsightFilter filter) {
        show(scope, filter, null);
    }

    /**
     * @param forums the networks' forums as a source of their own (decision 034): their columns sit beside the
     *               answers' and are never added to them; null leaves them out
     */
    void show(InsightScope scope, InsightFilter filter, ForumThemes forums) {
        removeAll();
        ResponseVolume volume = insight.volume(scope, filter);
        add(new Paragraph(getTranslation("insight.responses", volume.total())), channels(volume),
                new Details(getTranslation("insight.days.summary"), days(volume)));

        ThemeCounts counts = insight.themeCounts(scope, filter);
        List<ThemeCounts.ThemeCount> themes = counts.themes().stream()
                .sorted(Comparator.comparingLong((ThemeCounts.ThemeCount t) -> t.responses().count().orElse(-1)).reversed())
                .toList();
        add(new H2(getTranslation("insight.themes")),
                new Paragraph(getTranslation("insight.themes.base", cellText(counts.taggedResponses()))),
                chart(themes), themeTable(scope, filter, themes, forums));
        if (forums != null) {
            add(new Paragraph(getTranslation("insight.forums.base", cellText(forums.people()))));
        }

        add(new H2(getTranslation("insight.priorities")), priorityTable(insight.priorities(scope, filter), forums));
        add(new H2(getTranslation("insight.by-area")), areaTable(insight.themesByArea(scope, filter)),
                new Paragraph(getTranslation("insight.by-area.secondary")));
        long uncounted = insight.uncountedChanges(scope);
        if (uncounted > 0) {
            Paragraph counting = new Paragraph(getTranslation("insight.counting", uncounted));
            counting.setId("insight-counting");
            addComponentAsFirst(counting);
        }
    }

    private NativeTable channels(ResponseVolume volume) {
        NativeTable table = table(getTranslation("insight.channels.caption"), getTranslation("insight.channel"),
                getTranslation("insight.count"));
        volume.perChannel().forEach(c -> row(table, getTranslation("channel." + c.channel()), text(c.responses())));
        return table;
    }

    private NativeTable days(ResponseVolume volume) {
        NativeTable table = table(getTranslation("insight.days.caption"), getTranslation("insight.day"),
                getTranslation("insight.count"));
        volume.perDay().forEach(d -> row(table, Formats.date(d.day(), getLocale()), text(d.responses())));
        return table;
    }

    /**
     * Bars of plain HTML: each a div as wide as its share, with the theme's name and its number as text, so
     * nothing depends on colour. Hidden from screen readers, which get the same numbers in the table below.
     */
    private Div chart(List<ThemeCounts.ThemeCount> themes) {
        Div chart = new Div();
        chart.getElement().setAttribute("aria-hidden", "true");
        chart.addClassName("tellus-chart");
        for (ThemeCounts.ThemeCount theme : themes) {
            double share = theme.share().orElse(0);
            Div bar = new Div();
            bar.addClassName("tellus-bar");
            // Only the width is the data's; the bar's look is the theme's (styles.css, "Insight").
            bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", share * 100))
                    .set("min-width", share > 0 ? "2px" : "0");
            Div track = new Div(bar);
            track.addClassName("tellus-chart-track");
            Span label = new Span(theme.themeName());
            label.addClassName("tellus-chart-label");
            Span value = new Span(theme.responses().suppressed() ? fewerThan()
                    : getTranslation("insight.bar", text(theme.responses().count().getAsLong()), percent(share)));
            value.addClassName("tellus-chart-value");
            HorizontalLayout line = new HorizontalLayout(label, track, value);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            line.setWidthFull();
            chart.add(line);
        }
        return chart;
    }

    private NativeTable themeTable(InsightScope scope, InsightFilter filter, List<ThemeCounts.ThemeCount> themes,
                                   ForumThemes forums) {
        List<String> headers = new ArrayList<>(List.of(getTranslation("insight.theme"), getTranslation("insight.count"),
                getTranslation("insight.share")));
        if (forums != null) {
            headers.addAll(List.of(getTranslation("insight.forums.people"), getTranslation("insight.forums.share")));
        }
        NativeTable table = table(getTranslation("insight.themes.caption"), headers);
        for (ThemeCounts.ThemeCount theme : themes) {
            Component count;
            if (theme.responses().suppressed()) {
                count = new Span(fewerThan());
            } else {
                String n = text(theme.responses().count().getAsLong());
                Button open = new Button(n, e -> new DrillDownDialog(insight, quotes, scope, theme.themeId(),
                        theme.themeName(), filter, onQuotesChanged).open());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                open.setAriaLabel(getTranslation("insight.drill-down.open", n, theme.themeName()));
                count = open;
            }
            NativeTableRow row = row(table, theme.themeName());
            row.addDataCell().add(count);
            row.addDataCell().setText(theme.share().isPresent() ? percent(theme.share().getAsDouble()) : "");
            if (forums != null) {
                ThemeCounts.ThemeCount posted = forums.themes().stream().filter(t -> t.themeId().equals(theme.themeId()))
                        .findFirst().orElse(null);
                row.addDataCell().setText(posted == null ? fewerThan() : cellText(posted.responses()));
                row.addDataCell().setText(posted == null || posted.share().isEmpty() ? "" : percent(posted.share().getAsDouble()));
            }
        }
        return table;
    }

    private NativeTable priorityTable(List<PriorityReach> priorities, ForumThemes forums) {
        List<String> headers = new ArrayList<>(List.of(getTranslation("insight.priority"),
                getTranslation("insight.priority.themes"), getTranslation("insight.count")));
        if (forums != null) {
            headers.add(getTranslation("insight.forums.people"));
        }
        NativeTable table = table(getTranslation("insight.priorities.caption"), headers);
        for (PriorityReach p : priorities) {
            NativeTableRow row = row(table, p.priorityName(), String.join(", ", p.themeNames()), cellText(p.responses()));
            if (forums != null) {
                row.addDataCell().setText(forums.priorities().stream().filter(f -> f.priorityId().equals(p.priorityId()))
                        .findFirst().map(f -> cellText(f.responses())).orElse(fewerThan()));
            }
        }
        return table;
    }

    private Div areaTable(ThemesByArea byArea) {
        List<String> headers = new ArrayList<>(List.of(getTranslation("insight.theme")));
        byArea.areas().forEach(a -> headers.add(a.name()));
        NativeTable table = table(getTranslation("insight.by-area.caption", CellCount.MINIMUM_RESPONDENTS), headers);
        for (ThemesByArea.Row r : byArea.rows()) {
            row(table, r.themeName(), r.cells().stream().map(this::cellText).toArray(String[]::new));
        }
        return scroller(table, getTranslation("insight.by-area.region"));
    }
}
