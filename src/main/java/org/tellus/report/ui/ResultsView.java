package org.tellus.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.RouteIds;
import org.tellus.base.ui.RouteLinks;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.report.PublishedReport;
import org.tellus.report.ReportContent;
import org.tellus.report.ReportFiles;
import org.tellus.report.ReportService;
import org.tellus.report.WeDid;

import java.util.List;
import java.util.Optional;

/**
 * "You said, we did" for residents: the latest published report of a consultation, frozen as published, and what
 * the council did about each priority. Readable by anyone who may see the consultation.
 */
@Route("consultations/:id/results")
@AnonymousAllowed
public class ResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ReportService reports;
    private String title = "";

    public ResultsView(ConsultationService consultations, ReportService reports) {
        this.consultations = consultations;
        this.reports = reports;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::publicConsultation).ifPresent(this::render);
    }

    private void render(ConsultationDetails consultation) {
        removeAll();
        title = getTranslation("results.title", consultation.title());
        Anchor about = RouteLinks.to(getTranslation("results.consultation-link"), "consultations/" + consultation.id());
        about.addClassName("tellus-underlined"); // beside text: told apart by more than its colour (WCAG 1.4.1)
        add(new H1(title), about);
        Optional<PublishedReport> published = reports.published(consultation.id());
        if (published.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("results.none"));
            none.getElement().setAttribute("role", "status");
            add(none);
            return;
        }
        PublishedReport report = published.get();
        long id = consultation.id();
        add(weDid(report.content(), reports.weDid(id)),
                new ReportDownloads("what-we-heard-" + id, (format, words, out) -> reports.downloadPublished(id, format, words, out)),
                new ReportPage(report.content(), ReportFiles.publishedLine(report, ReportPage.words(getLocale())), 2));
    }

    private Div weDid(ReportContent report, List<WeDid> entries) {
        Div section = new Div(new H2(getTranslation("report.we-did.title")));
        if (entries.isEmpty()) {
            section.add(new Paragraph(getTranslation("results.we-did.none")));
        }
        for (WeDid entry : entries) {
            String priority = report.priorities().stream().filter(p -> p.priorityId().equals(entry.priorityId()))
                    .map(ReportContent.Priority::name).findFirst().orElse(entry.priorityId());
            section.add(new H3(priority), new Paragraph(entry.text()), new Paragraph(getTranslation("results.we-did.status",
                    getTranslation("report.we-did.status." + entry.status()), Formats.date(entry.date(), getLocale()))));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
