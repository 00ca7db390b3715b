package org.tellus.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.ui.RouteLinks;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.RouteIds;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.ComponentTexts;
import org.tellus.base.ui.Messages;
import org.tellus.consultation.Audience;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationForm;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionForm;
import org.tellus.network.NetworkService;
import org.tellus.plan.PlanService;
import org.tellus.plan.PrioritySummary;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The officer builds a consultation: its details, its questions, and its life from draft to published results. */
@Route("officer/consultations/:id")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ConsultationEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";
    public static final String NEW = "new";

    private final ConsultationService consultations;
    private final PlanService plan;
    private final NetworkService networks;
    private ConsultationDetails consultation;

    public ConsultationEditorView(ConsultationService consultations, PlanService plan, NetworkService networks) {
        this.consultations = consultations;
        this.plan = plan;
        this.networks = networks;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse(NEW);
        if (NEW.equals(id)) {
            consultation = null;
            render();
        } else {
            RouteIds.load(event, consultations::consultation).ifPresent(found -> {
                consultation = found;
                render();
            });
        }
    }

    private void render() {
        removeAll();
        add(new H1(consultation == null ? getTranslation("editor.new") : consultation.title()));
        if (consultation != null) {
            add(statusBar());
        }
        add(detailsForm());
        if (consultation != null) {
            add(questions());
        }
    }

    private Div statusBar() {
        Paragraph status = new Paragraph(getTranslation("editor.status", getTranslation("status." + consultation.status())));
        // Other features' pages of this consultation, by route (response, insight, review, report).
        String route = "officer/consultations/" + consultation.id();
        HorizontalLayout links = new HorizontalLayout(
                RouteLinks.to(getTranslation("editor.preview"), route + "/preview"),
                RouteLinks.to(getTranslation("translation.link"), route + "/translations"),
                RouteLinks.to(getTranslation("editor.enter-response"), route + "/responses/new"),
                RouteLinks.to(getTranslation("editor.responses"), route + "/responses"),
                RouteLinks.to(getTranslation("insight.link"), route + "/insight"),
                RouteLinks.to(getTranslation("review.link"), route + "/review"),
                RouteLinks.to(getTranslation("report.link"), route + "/report"));
        links.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        ConsultationStatus s = consultation.status();
        if (s == ConsultationStatus.DRAFT || s == ConsultationStatus.CLOSED) {
            actions.add(action("editor.open", () -> consultations.open(consultation.id())));
        }
        if (s == ConsultationStatus.OPEN) {
            actions.add(action("editor.close", () -> consultations.close(consultation.id())));
        }
        if (s == ConsultationStatus.CLOSED || s == ConsultationStatus.RESULTS_PUBLISHED) {
            actions.add(new Button(getTranslation("editor.publish"), e -> publishDialog().open()));
        }
        return new Div(status, links, actions);
    }

    private Button action(String key, Supplier<ConsultationDetails> change) {
        return new Button(getTranslation(key), e -> {
            try {
                consultation = change.get();
                Messages.success(this, "editor.saved");
                render();
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
    }

    private Dialog publishDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("editor.publish"));
        TextArea text = new TextArea(getTranslation("editor.results"));
        text.setHelperText(getTranslation("editor.results-help"));
        text.setWidth("min(40rem, 90vw)");
        text.setValue(consultation.resultsSummary() == null ? "" : consultation.resultsSummary());
        dialog.add(text);
        Button publish = new Button(getTranslation("editor.publish"), e -> {
            try {
                consultation = consultations.publishResults(consultation.id(), text.getValue());
                dialog.close();
                render();
            } catch (TranslatableException refused) {
                text.setErrorMessage(getTranslation(refused.key(), refused.params()));
                text.setInvalid(true);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), publish);
        return dialog;
    }

    private Div detailsForm() {
        BeanValidationBinder<ConsultationForm> binder = new BeanValidationBinder<>(ConsultationForm.class);
        TextField title = new TextField(getTranslation("editor.title"));
        TextArea summary = new TextArea(getTranslation("editor.summary"));
        summary.setHelperText(getTranslation("editor.summary-help"));
        DatePicker opens = new DatePicker(getTranslation("editor.opens"));
        DatePicker closes = new DatePicker(getTranslation("editor.closes"));
        opens.setLocale(getLocale());
        closes.setLocale(getLocale());
        ComponentTexts.localised(opens);
        ComponentTexts.localised(closes);
        Checkbox equality = new Checkbox(getTranslation("editor.equality"));
        binder.forField(title).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(opens).bind("opensOn");
        binder.forField(closes).bind("closesOn");
        binder.forField(equality).bind("equalityMonitoring");
        RadioButtonGroup<Audience> audience = new RadioButtonGroup<>(getTranslation("editor.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("editor.audience." + a));
        CheckboxGroup<Long> audienceNetworks = audienceNetworks();
        audience.addValueChangeListener(e -> audienceNetworks.setVisible(e.getValue() == Audience.NETWORKS));
        if (consultation != null && consultation.questionsLocked()) {
            audience.setHelperText(getTranslation("editor.audience-locked"));
        }
        binder.forField(audience).bind("audience");
        binder.forField(audienceNetworks).bind(ConsultationForm::getNetworkIds, ConsultationForm::setNetworkIds);
        binder.readBean(consultation == null ? new ConsultationForm() : consultations.form(consultation.id()));
        audienceNetworks.setVisible(audience.getValue() == Audience.NETWORKS);
        FormLayout form = new FormLayout(title, summary, opens, closes, equality, audience, audienceNetworks);
        form.setColspan(summary, 2);
        form.setColspan(title, 2);
        form.setColspan(audienceNetworks, 2);
        Button save = new Button(getTranslation("action.save"), e -> {
            ConsultationForm edited = new ConsultationForm();
            try {
                binder.writeBean(edited);
                boolean created = consultation == null;
                consultation = created ? consultations.create(edited) : consultations.update(consultation.id(), edited);
                Messages.success(this, "editor.saved");
                if (created) {
                    getUI().ifPresent(ui -> ui.navigate(ConsultationEditorView.class,
                            new RouteParameters(ID, String.valueOf(consultation.id()))));
                } else {
                    render();
                }
            } catch (ValidationException invalid) {
                // The binder shows the messages next to the fields.
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2(getTranslation("editor.details")), form, save);
    }

    /** The networks an officer can address, invitation-only ones included: they survey on the council's behalf. */
    private CheckboxGroup<Long> audienceNetworks() {
        Map<Long, String> names = networks.surveyAudiences();
        CheckboxGroup<Long> group = new CheckboxGroup<>(getTranslation("editor.audience-networks"));
        group.setItems(names.keySet());
        group.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        group.setHelperText(getTranslation("editor.audience-help"));
        return group;
    }

    private Div questions() {
        Div section = new Div(new H2(getTranslation("editor.questions")));
        if (consultation.questionsLocked()) {
            section.add(new Paragraph(getTranslation("question.locked.notice")));
        }
        OrderedList list = new OrderedList();
        List<QuestionDetails> questions = consultation.questions();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDetails q = questions.get(i);
            Span text = new Span(q.prompt() + " (" + getTranslation("question.type." + q.type())
                    + (q.required() ? ", " + getTranslation("question.required-short") : "") + ")");
            Button edit = new Button(getTranslation("action.edit"), e -> openQuestion(q.id()));
            edit.setAriaLabel(getTranslation("question.edit-aria", q.prompt()));
            Button up = questionAction("action.move-up", "question.up-aria", q, () -> consultations.moveQuestion(q.id(), -1));
            up.setEnabled(i > 0);
            Button down = questionAction("action.move-down", "question.down-aria", q, () -> consultations.moveQuestion(q.id(), 1));
            down.setEnabled(i < questions.size() - 1);
            Button remove = questionAction("action.remove", "question.remove-aria", q, () -> consultations.removeQuestion(q.id()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(text, edit, up, down, remove);
            row.setWrap(true);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            list.add(new ListItem(row));
        }
        Button add = new Button(getTranslation("question.dialog.add"), e -> openQuestion(null));
        section.add(list, add);
        return section;
    }

    private Button questionAction(String key, String ariaKey, QuestionDetails q, Runnable change) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                change.run();
                consultation = consultations.consultation(consultation.id());
                render();
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        button.setAriaLabel(getTranslation(ariaKey, q.prompt()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void openQuestion(Long questionId) {
        QuestionForm form = questionId == null ? new QuestionForm() : consultations.questionForm(questionId);
        List<String> priorities = plan.activePriorities().stream().map(PrioritySummary::name).toList();
        new QuestionDialog(form, consultation.questionsLocked() && questionId != null, priorities, edited -> {
            if (questionId == null) {
                consultations.addQuestion(consultation.id(), edited);
            } else {
                consultations.updateQuestion(questionId, edited);
            }
            consultation = consultations.consultation(consultation.id());
            render();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return (consultation == null ? getTranslation("editor.new") : consultation.title()) + " | " + getTranslation("app.name");
    }
}
