package org.tellus.insight.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.QuoteService;
import org.tellus.insight.export.InsightExportService;
import org.tellus.plan.PlanService;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Insight across consultations: the chosen consultations, or every consultation when none is chosen, usually
 * narrowed to a date range. The same sections as one consultation's page, without quotes (those are per
 * consultation) and without the question filter (questions belong to one consultation).
 */
@Menu(title = "nav.insight", order = 50)
@Route("officer/insight")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class CrossConsultationInsightView extends Main implements HasDynamicTitle {

    private final MultiSelectComboBox<ConsultationDetails> chosen = new MultiSelectComboBox<>();
    private final InsightResults results;
    private final EquityLensSection lensSection;
    private final ExportLinks exportLinks;
    private final InsightFilterBar filters;

    public CrossConsultationInsightView(ConsultationService consultations, InsightService insight, EquityLensService lens,
                                        QuoteService quotes, InsightExportService exports, PlanService plan) {
        addClassName("tellus-page");
        results = new InsightResults(insight, quotes, () -> { });
        lensSection = new EquityLensSection(lens);
        exportLinks = new ExportLinks(exports);
        chosen.setLabel(getTranslation("insight.across.consultations"));
        chosen.setHelperText(getTranslation("insight.across.consultations-help"));
        chosen.setItems(consultations.allConsultations());
        chosen.setItemLabelGenerator(ConsultationDetails::title);
        chosen.setClearButtonVisible(true);
        chosen.setWidth("32rem");
        chosen.setMaxWidth("100%");
        chosen.addValueChangeListener(e -> show());
        filters = new InsightFilterBar(plan.areas(), plan.themes(), List.of(), f -> show());
        add(new H1(getTranslation("insight.across.title")), new Paragraph(getTranslation("insight.across.intro")),
                chosen, filters, results, lensSection, exportLinks);
        show();
    }

    private void show() {
        InsightScope scope = new InsightScope(chosen.getValue().stream().map(ConsultationDetails::id).collect(Collectors.toSet()));
        InsightFilter filter = filters.filter();
        results.show(scope, filter);
        lensSection.show(scope, filter);
        exportLinks.show(scope, filter);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.across.title") + " | " + getTranslation("app.name");
    }
}
