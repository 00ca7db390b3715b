package org.tellus.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.ui.RouteIds;
import org.tellus.plan.PlanService;
import org.tellus.response.Channel;
import org.tellus.response.InvalidAnswersException;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionReceipt;

import java.util.Arrays;

/**
 * Assisted digital: an officer types in a response from paper, the phone or an event, for residents who are
 * not online. The channel is recorded with the response.
 */
@Route("officer/consultations/:id/responses/new")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class AssistedEntryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ResponseService responses;
    private final PlanService plan;

    public AssistedEntryView(ConsultationService consultations, ResponseService responses, PlanService plan) {
        this.consultations = consultations;
        this.responses = responses;
        this.plan = plan;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(this::render);
    }

    private void render(ConsultationDetails consultation) {
        removeAll();
        RadioButtonGroup<Channel> channel = new RadioButtonGroup<>(getTranslation("assisted.channel"));
        channel.setItems(Arrays.stream(Channel.values()).filter(Channel::isAssisted).toList());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
        channel.setRequiredIndicatorVisible(true);
        QuestionnaireForm form = new QuestionnaireForm(consultation, plan.activeAreas());
        Button save = new Button(getTranslation("assisted.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (channel.getValue() == null) {
                channel.setErrorMessage(getTranslation("response.channel.required"));
                channel.setInvalid(true);
                channel.getElement().callJsFunction("focus");
                return;
            }
            channel.setInvalid(false);
            try {
                SubmissionReceipt receipt = responses.enterOnBehalf(form.request(channel.getValue()));
                Messages.success(this, "assisted.saved", receipt.reference());
                render(consultation);
            } catch (InvalidAnswersException invalid) {
                form.showErrors(invalid.errors());
                Messages.error(this, invalid);
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        add(new H1(getTranslation("assisted.title", consultation.title())),
                new Paragraph(getTranslation("assisted.intro")), channel, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assisted.page-title") + " | " + getTranslation("app.name");
    }
}
