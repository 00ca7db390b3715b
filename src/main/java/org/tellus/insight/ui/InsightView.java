package org.tellus.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.ui.ConsultationEditorView;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ui.ResponseFilterBar;
import org.tellus.consultation.ui.ConsultationRoute;
import org.tellus.insight.CellCount;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightService;
import org.tellus.insight.PriorityReach;
import org.tellus.insight.ResponseVolume;
import org.tellus.insight.ThemeCounts;
import org.tellus.insight.ThemesByArea;
import org.tellus.plan.PlanService;
import org.tellus.response.ui.ResponsesView;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;

/**
 * "What people said" for one consultation: volumes, themes (a bar chart and the same numbers as a table),
 * plan priorities and themes by area. Small numbers arrive already suppressed from the service.
 */
@Route("officer/consultations/:id/insight")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class InsightView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final InsightService insight;
    private final PlanService plan;
    private final Div results = new Div();

    public InsightView(ConsultationService consultations, InsightService insight, PlanService plan) {
        this.consultations = consultations;
        this.insight = insight;
        this.plan = plan;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ConsultationRoute.load(event, consultations::consultation).ifPresent(this::render);
    }

    private void render(ConsultationDetails consultation) {
        removeAll();
        ResponseFilterBar filters = new ResponseFilterBar(plan.areas(), filter -> show(consultation, insightFilter(filter)));

        RouteParameters params = new RouteParameters(ConsultationRoute.ID, String.valueOf(consultation.id()));
        HorizontalLayout links = new HorizontalLayout(
                new RouterLink(getTranslation("insight.responses-link"), ResponsesView.class, params),
                new RouterLink(getTranslation("insight.back"), ConsultationEditorView.class, params));
        links.setWrap(true);
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("insight.title", consultation.title())), links, filters, results);
        show(consultation, insightFilter(filters.filter()));
    }

    private static InsightFilter insightFilter(ResponseFilter filter) {
        return new InsightFilter(filter.from(), filter.to(), filter.areaId(), filter.channel(), null);
    }

    private void show(ConsultationDetails consultation, InsightFilter filter) {
        results.removeAll();
        ResponseVolume volume = insight.volume(consultation.id(), filter);
        results.add(new Paragraph(getTranslation("insight.responses", volume.total())), channels(volume),
                new Details(getTranslation("insight.days.summary"), days(volume)));

        ThemeCounts counts = insight.themeCounts(consultation.id(), filter);
        List<ThemeCounts.ThemeCount> themes = counts.themes().stream()
                .sorted(Comparator.comparingLong((ThemeCounts.ThemeCount t) -> t.responses().count().orElse(-1)).reversed())
                .toList();
        results.add(new H2(getTranslation("insight.themes")),
                new Paragraph(getTranslation("insight.themes.base", cellText(counts.taggedResponses()))),
                chart(themes), themeTable(consultation, filter, themes));

        results.add(new H2(getTranslation("insight.priorities")), priorityTable(insight.priorities(consultation.id(), filter)));
        results.add(new H2(getTranslation("insight.by-area")), areaTable(insight.themesByArea(consultation.id(), filter)));
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
        chart.getStyle().set("margin-block", "var(--lumo-space-m)");
        for (ThemeCounts.ThemeCount theme : themes) {
            double share = theme.share().orElse(0);
            Div bar = new Div();
            bar.addClassName("tellus-bar");
            bar.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.1f%%", share * 100))
                    .set("min-width", share > 0 ? "2px" : "0").set("height", "0.9rem")
                    .set("background", "var(--lumo-primary-color)").set("border-radius", "2px");
            Div track = new Div(bar);
            track.getStyle().set("background", "var(--lumo-contrast-10pct)").set("flex", "1");
            Span label = new Span(theme.themeName());
            label.getStyle().set("flex", "0 0 14rem");
            Span value = new Span(theme.responses().suppressed() ? fewerThan()
                    : getTranslation("insight.bar", text(theme.responses().count().getAsLong()), percent(share)));
            value.getStyle().set("flex", "0 0 8rem");
            HorizontalLayout line = new HorizontalLayout(label, track, value);
            line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            line.setWidthFull();
            chart.add(line);
        }
        return chart;
    }

    private NativeTable themeTable(ConsultationDetails consultation, InsightFilter filter, List<ThemeCounts.ThemeCount> themes) {
        NativeTable table = table(getTranslation("insight.themes.caption"), getTranslation("insight.theme"),
                getTranslation("insight.count"), getTranslation("insight.share"));
        for (ThemeCounts.ThemeCount theme : themes) {
            Component count;
            if (theme.responses().suppressed()) {
                count = new Span(fewerThan());
            } else {
                String n = text(theme.responses().count().getAsLong());
                Button open = new Button(n, e -> new DrillDownDialog(insight, consultation.id(), theme.themeId(),
                        theme.themeName(), filter).open());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                open.setAriaLabel(getTranslation("insight.drill-down.open", n, theme.themeName()));
                count = open;
            }
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, theme.themeName());
            row.addDataCell().add(count);
            row.addDataCell().setText(theme.share().isPresent() ? percent(theme.share().getAsDouble()) : "");
        }
        return table;
    }

    private NativeTable priorityTable(List<PriorityReach> priorities) {
        NativeTable table = table(getTranslation("insight.priorities.caption"), getTranslation("insight.priority"),
                getTranslation("insight.priority.themes"), getTranslation("insight.count"));
        for (PriorityReach p : priorities) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, p.priorityName());
            row.addDataCell().setText(String.join(", ", p.themeNames()));
            row.addDataCell().setText(cellText(p.responses()));
        }
        return table;
    }

    private Div areaTable(ThemesByArea byArea) {
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("insight.by-area.caption", CellCount.MINIMUM_RESPONDENTS));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("insight.theme"));
        byArea.areas().forEach(a -> head.addHeaderCell().setText(a.name()));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (ThemesByArea.Row r : byArea.rows()) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, r.themeName());
            r.cells().forEach(cell -> row.addDataCell().setText(cellText(cell)));
        }
        styleTable(table);
        Div scroller = new Div(table);
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", getTranslation("insight.by-area.region"));
        scroller.getStyle().set("overflow-x", "auto");
        return scroller;
    }

    private NativeTable table(String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String h : headers) {
            head.addHeaderCell().setText(h);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        styleTable(table);
        return table;
    }

    private void row(NativeTable table, String header, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        rowHeader(row, header);
        for (String c : cells) {
            row.addDataCell().setText(c);
        }
    }

    private static void rowHeader(NativeTableRow row, String text) {
        row.addHeaderCell().setText(text);
        row.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
    }

    private static void styleTable(NativeTable table) {
        table.addClassName("tellus-table");
        table.getStyle().set("border-collapse", "collapse").set("margin-block", "var(--lumo-space-s)")
                .set("text-align", "left");
        table.getCaption().getStyle().set("text-align", "left").set("font-weight", "600");
    }

    private String cellText(CellCount cell) {
        return cell.suppressed() ? fewerThan() : text(cell.count().getAsLong());
    }

    private String fewerThan() {
        return getTranslation("insight.fewer-than", CellCount.MINIMUM_RESPONDENTS);
    }

    private String text(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    private String percent(double share) {
        return NumberFormat.getPercentInstance(getLocale()).format(share);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.page-title") + " | " + getTranslation("app.name");
    }
}
