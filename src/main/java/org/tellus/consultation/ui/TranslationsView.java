package org.tellus.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Language;
import org.tellus.base.ui.Messages;
import org.tellus.base.ui.RouteIds;
import org.tellus.base.ui.RouteLinks;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.OptionDetails;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.TranslationForm;
import org.tellus.consultation.TranslationStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An officer translates a consultation into the UI's other languages, each text beside its original, and chooses
 * the languages it is offered in (decision 035).
 */
@Route("officer/consultations/:id/translations")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class TranslationsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private ConsultationDetails consultation;
    private final Div editor = new Div();

    public TranslationsView(ConsultationService consultations) {
        this.consultations = consultations;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(found -> {
            consultation = found;
            render();
        });
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("translation.title", consultation.title())),
                RouteLinks.to(getTranslation("translation.back"), "officer/consultations/" + consultation.id()),
                new Paragraph(getTranslation("translation.intro")));
        add(offered());
        List<Language> languages = Language.ALL.stream()
                .filter(l -> !l.tag().equals(ConsultationService.ORIGINAL_LANGUAGE)).toList();
        Select<Language> into = new Select<>();
        into.setLabel(getTranslation("translation.into"));
        into.setItems(languages);
        into.setItemLabelGenerator(Language::nativeName);
        into.addValueChangeListener(e -> showEditor(e.getValue()));
        add(into, editor);
        into.setValue(languages.getFirst());
    }

    /** The languages offered, each with where its translation stands. */
    private Component offered() {
        List<TranslationStatus> statuses = consultations.translationStatus(consultation.id());
        Map<String, TranslationStatus> byTag = statuses.stream()
                .collect(Collectors.toMap(TranslationStatus::language, s -> s));
        CheckboxGroup<String> offered = new CheckboxGroup<>(getTranslation("translation.offered"));
        offered.setItems(statuses.stream().map(TranslationStatus::language).toList());
        offered.setItemLabelGenerator(tag -> getTranslation("translation.offered.item", name(tag),
                getTranslation(stateKey(byTag.get(tag)))));
        offered.setHelperText(getTranslation("translation.offered.help"));
        offered.setValue(statuses.stream().filter(TranslationStatus::offered).map(TranslationStatus::language)
                .collect(Collectors.toSet()));
        Button save = new Button(getTranslation("translation.offered.save"), e -> {
            try {
                consultations.offerLanguages(consultation.id(), Set.copyOf(offered.getValue()));
                Messages.success(this, "translation.offered.saved");
                render();
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        return new Div(new H2(getTranslation("translation.offered.heading")), offered, save);
    }

    private static String stateKey(TranslationStatus status) {
        if (status.outOfDate()) {
            return "translation.state.out-of-date";
        }
        return status.complete() ? "translation.state.complete" : "translation.state.incomplete";
    }

    private void showEditor(Language language) {
        editor.removeAll();
        if (language == null) {
            return;
        }
        String tag = language.tag();
        TranslationForm form = consultations.translationForm(consultation.id(), tag);
        FormLayout pairs = new FormLayout();
        pairs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        TextField title = pair(pairs, new TextField(), new TextField(), "translation.field.title", consultation.title(),
                form.getTitle(), language);
        title.setMaxLength(200);
        TextArea summary = pair(pairs, new TextArea(), new TextArea(), "translation.field.summary",
                consultation.summary(), form.getSummary(), language);
        Map<Long, TextField> prompts = new HashMap<>();
        Map<Long, TextArea> helps = new HashMap<>();
        Map<Long, TextField> options = new HashMap<>();
        Map<Long, TextField> scaleMins = new HashMap<>();
        Map<Long, TextField> scaleMaxes = new HashMap<>();
        Div questions = new Div();
        for (QuestionDetails q : consultation.questions()) {
            FormLayout qPairs = new FormLayout();
            qPairs.setResponsiveSteps(pairs.getResponsiveSteps());
            prompts.put(q.id(), pair(qPairs, new TextField(), new TextField(), "translation.field.question",
                    q.prompt(), form.prompts().getOrDefault(q.id(), ""), language));
            if (q.helpText() != null && !q.helpText().isBlank()) {
                helps.put(q.id(), pair(qPairs, new TextArea(), new TextArea(), "translation.field.help", q.helpText(),
                        form.helpTexts().getOrDefault(q.id(), ""), language));
            }
            if (q.scaleMinLabel() != null && !q.scaleMinLabel().isBlank()) {
                scaleMins.put(q.id(), pair(qPairs, new TextField(), new TextField(), "translation.field.scale-min",
                        q.scaleMinLabel(), form.scaleMinLabels().getOrDefault(q.id(), ""), language));
            }
            if (q.scaleMaxLabel() != null && !q.scaleMaxLabel().isBlank()) {
                scaleMaxes.put(q.id(), pair(qPairs, new TextField(), new TextField(), "translation.field.scale-max",
                        q.scaleMaxLabel(), form.scaleMaxLabels().getOrDefault(q.id(), ""), language));
            }
            for (OptionDetails o : q.options()) {
                options.put(o.id(), pair(qPairs, new TextField(), new TextField(), "translation.field.option",
                        o.label(), form.optionLabels().getOrDefault(o.id(), ""), language));
            }
            questions.add(new H3(getTranslation("translation.question", q.position() + 1)), qPairs);
        }
        Button save = new Button(getTranslation("translation.save"), e -> {
            TranslationForm filled = new TranslationForm();
            filled.setTitle(title.getValue());
            filled.setSummary(summary.getValue());
            prompts.forEach((id, field) -> filled.prompts().put(id, field.getValue()));
            helps.forEach((id, field) -> filled.helpTexts().put(id, field.getValue()));
            options.forEach((id, field) -> filled.optionLabels().put(id, field.getValue()));
            scaleMins.forEach((id, field) -> filled.scaleMinLabels().put(id, field.getValue()));
            scaleMaxes.forEach((id, field) -> filled.scaleMaxLabels().put(id, field.getValue()));
            try {
                TranslationStatus status = consultations.saveTranslation(consultation.id(), tag, filled);
                Messages.success(this, status.complete() ? "translation.saved" : "translation.saved-incomplete");
                render();
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(new H2(getTranslation("translation.heading", language.nativeName())), pairs, questions, save);
    }

    /**
     * The original, read only, beside the field for its translation; the translation's field is marked with its
     * language so a screen reader and the spell checker read it right.
     */
    private <F extends Component & HasValue<?, String>> F pair(FormLayout layout, F original, F translated,
                                                                 String labelKey, String originalText,
                                                                 String translatedText, Language language) {
        String label = getTranslation(labelKey);
        original.getElement().setProperty("label", getTranslation("translation.original", label));
        original.setValue(originalText == null ? "" : originalText);
        original.setReadOnly(true);
        translated.getElement().setProperty("label", getTranslation("translation.translated", label, language.nativeName()));
        translated.setValue(translatedText == null ? "" : translatedText);
        translated.getElement().setAttribute("lang", language.tag());
        translated.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        layout.add(original, translated);
        return translated;
    }

    private static String name(String tag) {
        return Language.ofTag(tag).map(Language::nativeName).orElse(tag);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translation.title", consultation == null ? "" : consultation.title())
                + " | " + getTranslation("app.name");
    }
}
