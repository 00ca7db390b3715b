package org.tellus.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.tellus.base.TranslatableException;
import org.tellus.consultation.QuestionForm;
import org.tellus.consultation.QuestionType;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Adds or edits one question. Options are typed one per line. */
class QuestionDialog extends Dialog {

    QuestionDialog(QuestionForm form, boolean locked, List<String> priorityNames, Consumer<QuestionForm> save) {
        setHeaderTitle(getTranslation(form.getPrompt().isBlank() ? "question.dialog.add" : "question.dialog.edit"));
        BeanValidationBinder<QuestionForm> binder = new BeanValidationBinder<>(QuestionForm.class);
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("question.type." + t));
        TextField prompt = new TextField(getTranslation("question.prompt"));
        TextField help = new TextField(getTranslation("question.help"));
        Checkbox required = new Checkbox(getTranslation("question.required"));
        IntegerField maxLength = new IntegerField(getTranslation("question.max-length"));
        Checkbox allowOther = new Checkbox(getTranslation("question.allow-other"));
        IntegerField scaleMin = new IntegerField(getTranslation("question.scale-min"));
        IntegerField scaleMax = new IntegerField(getTranslation("question.scale-max"));
        TextField minLabel = new TextField(getTranslation("question.scale-min-label"));
        TextField maxLabel = new TextField(getTranslation("question.scale-max-label"));
        TextArea options = new TextArea(getTranslation("question.options"));
        options.setHelperText(getTranslation("question.options-help"));
        options.setValue(String.join("\n", form.getOptions()));
        Button usePriorities = new Button(getTranslation("question.use-priorities"),
                e -> options.setValue(String.join("\n", priorityNames)));
        binder.forField(type).bind("type");
        binder.forField(prompt).bind("prompt");
        binder.forField(help).bind("helpText");
        binder.forField(required).bind("required");
        binder.forField(maxLength).bind("maxLength");
        binder.forField(allowOther).bind("allowOther");
        binder.forField(scaleMin).bind("scaleMin");
        binder.forField(scaleMax).bind("scaleMax");
        binder.forField(minLabel).bind("scaleMinLabel");
        binder.forField(maxLabel).bind("scaleMaxLabel");
        binder.readBean(form);
        Runnable showRelevant = () -> {
            QuestionType t = type.getValue();
            maxLength.setVisible(t == QuestionType.FREE_TEXT);
            allowOther.setVisible(t == QuestionType.MULTIPLE_CHOICE);
            for (com.vaadin.flow.component.Component c : List.<com.vaadin.flow.component.Component>of(scaleMin, scaleMax, minLabel, maxLabel)) {
                c.setVisible(t == QuestionType.RATING);
            }
            options.setVisible(t != null && t.hasOptions());
            usePriorities.setVisible(t == QuestionType.RANKING);
        };
        type.addValueChangeListener(e -> showRelevant.run());
        showRelevant.run();
        FormLayout layout = new FormLayout(type, prompt, help, required, maxLength, allowOther, scaleMin, scaleMax,
                minLabel, maxLabel, options, usePriorities);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (locked) {
            add(new Paragraph(getTranslation("question.locked.notice")));
        }
        add(layout);
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                QuestionForm edited = new QuestionForm();
                binder.writeBean(edited);
                edited.setOptions(Arrays.stream(options.getValue().split("\\R")).toList());
                save.accept(edited);
                close();
            } catch (ValidationException invalid) {
                // The binder shows the messages next to the fields.
            } catch (TranslatableException refused) {
                org.tellus.base.ui.Messages.error(this, refused);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
