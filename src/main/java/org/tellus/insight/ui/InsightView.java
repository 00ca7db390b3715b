package org.tellus.insight.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.ui.RouteLinks;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.ui.RouteIds;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.QuoteService;
import org.tellus.insight.export.InsightExportService;
import org.tellus.plan.PlanService;

import java.util.function.Consumer;

/**
 * "What people said" for one consultation: volumes, themes, plan priorities, themes by area, the equity lens,
 * exports and the quotes for the report, all under one filter bar.
 */
@Route("officer/consultations/:id/insight")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class InsightView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final InsightService insight;
    private final EquityLensService lens;
    private final QuoteService quotes;
    private final InsightExportService exports;
    private final PlanService plan;

    public InsightView(ConsultationService consultations, InsightService insight, EquityLensService lens,
                       QuoteService quotes, InsightExportService exports, PlanService plan) {
        this.consultations = consultations;
        this.insight = insight;
        this.lens = lens;
        this.quotes = quotes;
        this.exports = exports;
        this.plan = plan;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(this::render);
    }

    private void render(ConsultationDetails consultation) {
        removeAll();
        InsightScope scope = InsightScope.of(consultation.id());
        QuotesSection quoteList = new QuotesSection(quotes, consultation.id());
        InsightResults results = new InsightResults(insight, quotes, quoteList::refresh);
        ThemesOverTimeSection overTime = new ThemesOverTimeSection(insight, quotes, quoteList::refresh);
        EquityLensSection lensSection = new EquityLensSection(lens);
        ExportLinks exportLinks = new ExportLinks(exports);
        Checkbox withForums = new Checkbox(getTranslation("insight.forums.include"));
        withForums.setId("insight-with-forums");
        withForums.setHelperText(getTranslation("insight.forums.include-help"));
        Consumer<InsightFilter> show = filter -> {
            // Posts belong to no consultation: the filter's dates, else the consultation's own.
            results.show(scope, filter, withForums.getValue()
                    ? lens.forumThemes(filter.withDatesOrElse(consultation.opensOn(), consultation.closesOn())) : null);
            overTime.show(scope, filter);
            lensSection.show(scope, filter);
            exportLinks.show(scope, filter);
        };
        InsightFilterBar filters = new InsightFilterBar(plan.areas(), plan.themes(), consultation.questions(), show);
        withForums.addValueChangeListener(e -> show.accept(filters.filter()));

        String route = "officer/consultations/" + consultation.id();
        HorizontalLayout links = new HorizontalLayout(
                RouteLinks.to(getTranslation("insight.responses-link"), route + "/responses"),
                RouteLinks.to(getTranslation("insight.back"), route),
                RouteLinks.to(getTranslation("report.link"), route + "/report"),
                new RouterLink(getTranslation("insight.across-link"), CrossConsultationInsightView.class));
        links.setWrap(true);
        add(new H1(getTranslation("insight.title", consultation.title())), links, filters, withForums, results, overTime,
                lensSection, quoteList, exportLinks);
        show.accept(filters.filter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.page-title") + " | " + getTranslation("app.name");
    }
}
