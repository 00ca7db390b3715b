package org.tellus.response.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.ui.RouteIds;
import org.tellus.plan.PlanService;

/** The officer sees the questions exactly as residents will, with nothing to submit. */
@Route("officer/consultations/:id/preview")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ConsultationPreviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final PlanService plan;

    public ConsultationPreviewView(ConsultationService consultations, PlanService plan) {
        this.consultations = consultations;
        this.plan = plan;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(this::render);
    }

    private void render(ConsultationDetails consultation) {
        removeAll();
        Paragraph notice = new Paragraph(getTranslation("preview.notice"));
        notice.addClassName("tellus-notice");
        add(notice, new H1(consultation.title()));
        consultation.summaryParagraphs().forEach(p -> add(new Paragraph(p)));
        add(new QuestionnaireForm(consultation, plan.activeAreas()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preview.title") + " | " + getTranslation("app.name");
    }
}
