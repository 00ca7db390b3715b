package org.tellus.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.tellus.base.ui.RouteLinks;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkPageSection;

import java.util.List;

/** On a network's page, for its members: the surveys open to the network, each linking to its answer page. */
@org.springframework.stereotype.Component
class NetworkSurveysSection implements NetworkPageSection {

    private final ConsultationService consultations;

    NetworkSurveysSection(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public Component create(NetworkDetails network) {
        Div section = new Div();
        section.add(new H2(section.getTranslation("network.page.surveys")));
        List<ConsultationDetails> surveys = consultations.surveysForNetwork(network.id());
        if (surveys.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("network.page.no-surveys")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (ConsultationDetails survey : surveys) {
            // The answer page is the response feature's, reached by its route.
            ListItem item = new ListItem(RouteLinks.to(survey.title(), "consultations/" + survey.id()));
            if (survey.status() == ConsultationStatus.RESULTS_PUBLISHED) {
                item.add(" (" + section.getTranslation("network.page.survey-results") + ")");
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
