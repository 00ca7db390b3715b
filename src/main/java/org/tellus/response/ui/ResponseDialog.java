package org.tellus.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.tellus.base.ui.Formats;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.OptionDetails;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionType;
import org.tellus.response.AnswerInput;
import org.tellus.base.ui.Language;
import org.tellus.response.ResponseDetails;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** One response in full, question by question, with where it came from. */
class ResponseDialog extends Dialog {

    /** @param notes what other features show under each free-text answer, by question id (review: themes, decision) */
    ResponseDialog(ConsultationDetails consultation, ResponseDetails response, Map<String, String> areaNames,
                   List<LongFunction<List<Component>>> notes, java.util.function.Consumer<String> exclude) {
        setHeaderTitle(getTranslation("response.detail.title", response.reference()));
        setWidth("min(48rem, 95vw)");
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("responses.submitted")),
                new DescriptionList.Description(Formats.dateTime(response.submittedAt(), getLocale())));
        facts.add(new DescriptionList.Term(getTranslation("responses.channel")),
                new DescriptionList.Description(getTranslation("channel." + response.channel())));
        facts.add(new DescriptionList.Term(getTranslation("response.detail.language")),
                new DescriptionList.Description(Language.ofTag(response.language()).map(Language::nativeName)
                        .orElse(response.language())));
        facts.add(new DescriptionList.Term(getTranslation("response.detail.consent")),
                new DescriptionList.Description(getTranslation(response.consentToQuote() ? "common.yes" : "common.no")));
        add(facts);
        for (QuestionDetails q : consultation.questions()) {
            add(new H3(q.prompt()));
            AnswerInput a = response.answer(q.id());
            add(new Paragraph(a == null ? getTranslation("response.detail.no-answer") : format(q, a, areaNames)));
            if (a != null && q.type() == QuestionType.FREE_TEXT) {
                notes.forEach(note -> note.apply(q.id()).forEach(this::add));
            }
        }
        if (!response.equality().isEmpty()) {
            add(new H3(getTranslation("equality.title")));
            DescriptionList equality = new DescriptionList();
            response.equality().forEach((item, answer) -> equality.add(
                    new DescriptionList.Term(getTranslation("equality." + item)),
                    new DescriptionList.Description(getTranslation("equality." + item + "." + answer))));
            add(equality);
        }
        if (response.attribution() != null) {
            Paragraph credit = new Paragraph(getTranslation("response.detail.attribution", response.attribution()));
            credit.addClassName("tellus-attribution");
            add(credit);
        }
        add(exclusion(exclude));
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
    }

    /** Leaving a suspected flood out of insight, with the reason the audit trail keeps (decision 032). */
    private Component exclusion(java.util.function.Consumer<String> exclude) {
        com.vaadin.flow.component.textfield.TextArea reason = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("response.exclude.reason-label"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button button = new Button(getTranslation("response.exclude.action"), e -> {
            try {
                exclude.accept(reason.getValue());
                org.tellus.base.ui.Messages.success(this, "response.exclude.done");
                close();
            } catch (org.tellus.base.TranslatableException refused) {
                reason.setErrorMessage(getTranslation(refused.key(), refused.params()));
                reason.setInvalid(true);
            }
        });
        com.vaadin.flow.component.html.Div section = new com.vaadin.flow.component.html.Div(
                new H3(getTranslation("response.exclude.title")),
                new Paragraph(getTranslation("response.exclude.help")), reason, button);
        return section;
    }

    private String format(QuestionDetails q, AnswerInput a, Map<String, String> areaNames) {
        return switch (q.type()) {
            case FREE_TEXT -> a.text();
            case RATING -> String.valueOf(a.number());
            case AREA -> areaNames.getOrDefault(a.text(), a.text());
            case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> {
                String chosen = a.optionIds().stream().map(q::option).filter(Objects::nonNull)
                        .map(OptionDetails::label).collect(Collectors.joining(q.type() == QuestionType.RANKING ? " > " : ", "));
                yield a.otherText() == null ? chosen : chosen + (chosen.isEmpty() ? "" : ", ")
                        + getTranslation("response.detail.other", a.otherText());
            }
        };
    }
}
