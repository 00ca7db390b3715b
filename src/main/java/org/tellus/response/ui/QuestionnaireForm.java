package org.tellus.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.consultation.OptionDetails;
import org.tellus.consultation.QuestionDetails;
import org.tellus.plan.AreaSummary;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.InvalidAnswersException.FieldError;
import org.tellus.response.SubmissionRequest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The questions of a consultation as a form, for a resident answering online and for an officer entering a
 * paper or phone response. It collects a {@link SubmissionRequest} and shows the service's messages next to
 * the fields; the rules themselves live in the service.
 */
class QuestionnaireForm extends Div {

    private final ConsultationDetails consultation;
    private final Map<Long, AnswerField> fields = new LinkedHashMap<>();
    private final Map<String, Select<String>> equality = new LinkedHashMap<>();
    private final Checkbox consent = new Checkbox();
    private String submissionKey = UUID.randomUUID().toString();
    private final List<Div> questionWrappers = new ArrayList<>();

    QuestionnaireForm(ConsultationDetails consultation, List<AreaSummary> areas) {
        this.consultation = consultation;
        addClassName("tellus-questionnaire");
        for (QuestionDetails question : consultation.questions()) {
            AnswerField field = fieldFor(question, areas);
            fields.put(question.id(), field);
            Div wrapper = new Div(field.component());
            wrapper.addClassName("tellus-question");
            questionWrappers.add(wrapper);
            add(wrapper);
        }
        if (consultation.equalityMonitoring()) {
            add(equalitySection());
        }
        consent.setLabel(getTranslation("answer.consent"));
        add(consent, new com.vaadin.flow.component.html.Paragraph(
                org.tellus.base.ui.RouteLinks.to(getTranslation("privacy.link.answer"), "privacy")));
    }

    /** Each question's block, in the order asked: the consultation's own text, not the page's. */
    List<Div> questionWrappers() {
        return List.copyOf(questionWrappers);
    }

    SubmissionRequest request(Channel channel) {
        List<AnswerInput> answers = fields.values().stream().map(AnswerField::read).toList();
        Map<String, String> chosen = new LinkedHashMap<>();
        equality.forEach((item, select) -> {
            if (select.getValue() != null) {
                chosen.put(item, select.getValue());
            }
        });
        return new SubmissionRequest(consultation.id(), submissionKey, answers, chosen, consent.getValue(), channel);
    }

    /** Refills the form from a saved draft, and carries on with the draft's key so it is submitted, not copied. */
    void restore(SubmissionRequest draft) {
        submissionKey = draft.submissionKey();
        draft.answers().forEach(a -> {
            AnswerField field = fields.get(a.questionId());
            if (field != null) {
                field.restore(a);
            }
        });
        draft.equality().forEach((item, answer) -> {
            Select<String> select = equality.get(item);
            if (select != null) {
                select.setValue(answer);
            }
        });
        consent.setValue(draft.consentToQuote());
    }

    /** Shows each message next to its question and moves focus to the first one. */
    void showErrors(Map<Long, FieldError> errors) {
        fields.forEach((id, field) -> {
            FieldError error = errors.get(id);
            field.showError(error == null ? null : getTranslation(error.key(), error.params()));
        });
        fields.entrySet().stream().filter(e -> errors.containsKey(e.getKey())).findFirst()
                .ifPresent(e -> e.getValue().component().getElement().callJsFunction("focus"));
    }

    private Component equalitySection() {
        Div section = new Div();
        section.addClassName("tellus-equality");
        section.add(new H2(getTranslation("equality.title")), new Paragraph(getTranslation("equality.intro")));
        EqualityMonitoring.ITEMS.forEach((item, answers) -> {
            Select<String> select = new Select<>();
            select.setLabel(getTranslation("equality." + item));
            select.setItems(answers);
            // The select shows the label of its value, and an unanswered question's value is null.
            select.setItemLabelGenerator(a -> a == null ? getTranslation("equality.not-answered")
                    : getTranslation("equality." + item + "." + a));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("equality.not-answered"));
            select.setWidthFull();
            equality.put(item, select);
            section.add(select);
        });
        return section;
    }

    private AnswerField fieldFor(QuestionDetails q, List<AreaSummary> areas) {
        String label = q.prompt() + (q.required() ? "" : " " + getTranslation("answer.optional"));
        return switch (q.type()) {
            case FREE_TEXT -> {
                TextArea area = new TextArea(label);
                area.setMaxLength(q.maxLength());
                area.setValueChangeMode(ValueChangeMode.EAGER);
                area.setHelperText(help(q, getTranslation("answer.characters-left", q.maxLength())));
                area.addValueChangeListener(e -> area.setHelperText(
                        help(q, getTranslation("answer.characters-left", q.maxLength() - e.getValue().length()))));
                area.setWidthFull();
                area.setRequiredIndicatorVisible(q.required());
                yield new AnswerField(area, () -> AnswerInput.text(q.id(), area.getValue()),
                        a -> area.setValue(a.text() == null ? "" : a.text()));
            }
            case SINGLE_CHOICE -> {
                RadioButtonGroup<OptionDetails> group = new RadioButtonGroup<>(label);
                group.setItems(q.options());
                group.setItemLabelGenerator(OptionDetails::label);
                group.setHelperText(help(q, null));
                group.setRequiredIndicatorVisible(q.required());
                yield new AnswerField(group, () -> AnswerInput.options(q.id(),
                        group.getValue() == null ? List.of() : List.of(group.getValue().id()), null),
                        a -> a.optionIds().stream().findFirst().map(q::option).ifPresent(group::setValue));
            }
            case MULTIPLE_CHOICE -> multipleChoice(q, label);
            case RATING -> {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
                group.setItems(IntStream.rangeClosed(q.scaleMin(), q.scaleMax()).boxed().toList());
                group.setItemLabelGenerator(n -> scaleLabel(q, n));
                group.setHelperText(help(q, null));
                group.setRequiredIndicatorVisible(q.required());
                yield new AnswerField(group, () -> new AnswerInput(q.id(), null, group.getValue(), List.of(), null),
                        a -> group.setValue(a.number()));
            }
            case RANKING -> {
                String labelId = "q-" + q.id() + "-label";
                Span heading = new Span(label);
                heading.setId(labelId);
                heading.addClassName("tellus-group-label");
                Paragraph hint = new Paragraph(help(q, getTranslation("answer.ranking-help")));
                hint.addClassName("tellus-helper");
                RankingField ranking = new RankingField(labelId, q.options());
                Div box = new Div(heading, hint, ranking);
                yield new AnswerField(box, () -> AnswerInput.options(q.id(),
                        q.required() || ranking.isTouched() ? ranking.rankedOptionIds() : List.of(), null),
                        a -> ranking.restore(a.optionIds()), ranking::setError);
            }
            case AREA -> {
                ComboBox<AreaSummary> combo = new ComboBox<>(label);
                combo.setItems(areas);
                combo.setItemLabelGenerator(AreaSummary::name);
                combo.setHelperText(help(q, null));
                combo.setRequiredIndicatorVisible(q.required());
                combo.setWidthFull();
                yield new AnswerField(combo, () -> AnswerInput.text(q.id(),
                        combo.getValue() == null ? null : combo.getValue().id()),
                        a -> areas.stream().filter(ar -> ar.id().equals(a.text())).findFirst().ifPresent(combo::setValue));
            }
        };
    }

    private AnswerField multipleChoice(QuestionDetails q, String label) {
        CheckboxGroup<OptionDetails> group = new CheckboxGroup<>(label);
        group.setItems(q.options());
        group.setItemLabelGenerator(OptionDetails::label);
        group.setHelperText(help(q, null));
        group.setRequiredIndicatorVisible(q.required());
        Div box = new Div(group);
        TextField other = new TextField(getTranslation("answer.other"));
        other.setMaxLength(1000);
        other.setWidthFull();
        if (q.allowOther()) {
            box.add(other);
        }
        return new AnswerField(box, () -> AnswerInput.options(q.id(),
                group.getValue().stream().map(OptionDetails::id).toList(), q.allowOther() ? other.getValue() : null),
                a -> {
                    Set<OptionDetails> chosen = new HashSet<>();
                    a.optionIds().forEach(id -> chosen.add(q.option(id)));
                    chosen.remove(null);
                    group.setValue(chosen);
                    other.setValue(a.otherText() == null ? "" : a.otherText());
                }, message -> {
                    group.setInvalid(message != null);
                    group.setErrorMessage(message);
                });
    }

    private String scaleLabel(QuestionDetails q, int n) {
        if (n == q.scaleMin() && q.scaleMinLabel() != null) {
            return getTranslation("answer.scale-point-labelled", n, q.scaleMinLabel());
        }
        if (n == q.scaleMax() && q.scaleMaxLabel() != null) {
            return getTranslation("answer.scale-point-labelled", n, q.scaleMaxLabel());
        }
        return String.valueOf(n);
    }

    private static String help(QuestionDetails q, String extra) {
        if (q.helpText() == null) {
            return extra;
        }
        return extra == null ? q.helpText() : q.helpText() + " " + extra;
    }

    /** One question's field: how to read it, refill it and show its message. */
    private record AnswerField(Component component, java.util.function.Supplier<AnswerInput> reader,
                               java.util.function.Consumer<AnswerInput> restorer,
                               java.util.function.Consumer<String> errorShower) {

        AnswerField(Component component, java.util.function.Supplier<AnswerInput> reader,
                    java.util.function.Consumer<AnswerInput> restorer) {
            this(component, reader, restorer, message -> {
                HasValidation field = (HasValidation) component;
                field.setInvalid(message != null);
                field.setErrorMessage(message);
            });
        }

        AnswerInput read() {
            return reader.get();
        }

        void restore(AnswerInput answer) {
            restorer.accept(answer);
        }

        void showError(String message) {
            errorShower.accept(message);
        }
    }
}
