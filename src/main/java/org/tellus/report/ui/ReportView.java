package org.tellus.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.base.ui.RouteIds;
import org.tellus.base.ui.RouteLinks;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.insight.QuoteService;
import org.tellus.plan.PlanService;
import org.tellus.report.PublishedReport;
import org.tellus.report.ReportContent;
import org.tellus.report.ReportFiles;
import org.tellus.report.ReportService;

/**
 * The officer's "What we heard" report of one consultation: shape it (saved as a draft), preview it as residents
 * will read it, download the preview, publish it as a new frozen version, and keep "we did" up to date.
 */
@Route("officer/consultations/:id/report")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ReportService reports;
    private final QuoteService quotes;
    private final PlanService plan;
    private final Div preview = new Div();
    private ConsultationDetails consultation;
    private ReportEditor editor;

    public ReportView(ConsultationService consultations, ReportService reports, QuoteService quotes, PlanService plan) {
        this.consultations = consultations;
        this.reports = reports;
        this.quotes = quotes;
        this.plan = plan;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(c -> {
            consultation = c;
            render();
        });
    }

    private void render() {
        removeAll();
        long id = consultation.id();
        String route = "officer/consultations/" + id;
        HorizontalLayout links = new HorizontalLayout(RouteLinks.to(getTranslation("report.back"), route),
                RouteLinks.to(getTranslation("insight.link"), route + "/insight"),
                RouteLinks.to(getTranslation("report.results-link"), "consultations/" + id + "/results"));
        links.setWrap(true);
        editor = new ReportEditor(plan.priorities(), quotes.quotes(id), reports.draft(id));
        Button save = new Button(getTranslation("report.save"), e -> act(() -> reports.saveDraft(id, editor.shaping()), "report.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button publish = new Button(getTranslation("report.publish"), e -> act(() -> {
            reports.saveDraft(id, editor.shaping());
            reports.publish(id);
        }, "report.published"));
        add(new H1(getTranslation("report.page-title", consultation.title())), links, editor,
                new HorizontalLayout(save, publish), new Paragraph(getTranslation("report.publish.note")),
                preview, versions(), new WeDidEditor(reports, id, plan.priorities()));
        showPreview();
    }

    private void showPreview() {
        preview.removeAll();
        ReportContent report = reports.preview(consultation.id());
        long id = consultation.id();
        preview.add(new H2(getTranslation("report.preview")), new ReportDownloads("what-we-heard-" + id + "-preview",
                (format, words, out) -> reports.downloadPreview(id, format, words, out)),
                new ReportPage(report, ReportFiles.previewLine(report, ReportPage.words(getLocale())), 2));
    }

    private Div versions() {
        Div versions = new Div(new H2(getTranslation("report.versions")));
        UnorderedList list = new UnorderedList();
        for (PublishedReport published : reports.versions(consultation.id())) {
            list.add(new ListItem(ReportFiles.publishedLine(published, ReportPage.words(getLocale()))));
        }
        versions.add(list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("report.versions.none")));
        return versions;
    }

    private void act(Runnable change, String successKey) {
        try {
            change.run();
            Messages.success(this, successKey);
            consultation = consultations.consultation(consultation.id());
            render();
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.page-title", consultation == null ? "" : consultation.title()) + " | "
                + getTranslation("app.name");
    }
}
