package org.tellus.response.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Text;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.RouteLinks;
import org.tellus.consultation.Audience;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.ConsultationStatus;

import java.util.List;

/** The front page: every public consultation open today, soonest closing first. */
@Menu(title = "nav.open-consultations", order = 10)
@Route("")
@AnonymousAllowed
public class OpenConsultationsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;

    public OpenConsultationsView(ConsultationService consultations) {
        this.consultations = consultations;
        addClassName("tellus-page");
    }

    /** Reads the list on every visit: navigating to the page it is already on must not show a stale list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("open.title")), new Paragraph(getTranslation("open.intro")));
        List<ConsultationDetails> open = consultations.openConsultations();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("open.none")));
        }
        for (ConsultationDetails c : open) {
            Article card = new Article();
            card.addClassName("tellus-card");
            H2 title = new H2(new RouterLink(c.title(), ConsultationPageView.class,
                    new RouteParameters(ConsultationPageView.ID, String.valueOf(c.id()))));
            card.add(title);
            if (c.audience() == Audience.NETWORKS) {
                card.add(new Paragraph(getTranslation("audience.network-survey")));
            }
            c.summaryParagraphs().stream().findFirst().ifPresent(p -> card.add(new Paragraph(p)));
            if (c.closesOn() != null) {
                card.add(new Paragraph(getTranslation("open.closes", Formats.date(c.closesOn(), getLocale()))));
            }
            add(card);
        }
        addPublishedResults();
    }

    /** Closed consultations: a link to their results where published, else "results not yet published". */
    private void addPublishedResults() {
        List<ConsultationDetails> closed = consultations.closedConsultations();
        if (closed.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("open.results-title")), new Paragraph(getTranslation("open.results-intro")));
        UnorderedList list = new UnorderedList();
        list.setId("closed-consultations");
        for (ConsultationDetails c : closed) {
            ListItem item = new ListItem(new RouterLink(c.title(), ConsultationPageView.class,
                    new RouteParameters(ConsultationPageView.ID, String.valueOf(c.id()))), new Text(" "));
            if (c.status() == ConsultationStatus.RESULTS_PUBLISHED) {
                // The results page is the report feature's, linked by route.
                item.add(RouteLinks.to(getTranslation("open.results-link"), "consultations/" + c.id() + "/results"));
            } else {
                item.add(new Span(getTranslation("open.results-not-yet")));
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open.title") + " | " + getTranslation("app.name");
    }
}
