package org.tellus.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.tellus.plan.ThemeSummary;
import org.tellus.review.ReviewItem;
import org.tellus.review.Suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One answer under review: its text (focusable: Enter accepts, 1-9 remove a theme), how sure the machine was,
 * and the themes that accepting will record, each with a remove button (Delete works on it too).
 */
class ReviewCard extends Div {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
            Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};

    private final Div answer = new Div();

    ReviewCard(ReviewItem item, Map<String, ThemeSummary> themes, Set<String> chosen, Runnable accept,
               Consumer<String> remove) {
        addClassNames("tellus-card", "tellus-review-card");
        add(new H2(getTranslation("review.card.title", item.reference())),
                new Paragraph(getTranslation("review.card.question", item.question())));

        answer.setText(item.text());
        answer.addClassName("tellus-review-answer");
        answer.setId("review-answer");
        answer.getElement().setAttribute("tabindex", "0");
        answer.getElement().setAttribute("role", "group");
        answer.getElement().setAttribute("aria-label", getTranslation("review.answer.label"));
        Shortcuts.addShortcutListener(answer, accept::run, Key.ENTER).listenOn(answer);
        add(answer, new Paragraph(item.certainty() == null ? getTranslation("review.certainty.unknown")
                : getTranslation("review.certainty", Math.round(item.certainty() * 100))));

        add(new H3(getTranslation("review.themes")));
        List<String> ordered = new ArrayList<>(chosen);
        if (ordered.isEmpty()) {
            add(new Paragraph(getTranslation("review.themes.none")));
        }
        UnorderedList chips = new UnorderedList();
        chips.addClassName("tellus-review-chips");
        for (int i = 0; i < ordered.size(); i++) {
            String themeId = ordered.get(i);
            String name = themes.containsKey(themeId) ? themes.get(themeId).name() : themeId;
            Span label = new Span(getTranslation("review.chip", i + 1, name, describe(item, themeId)));
            Button removeButton = new Button(getTranslation("review.chip.remove"), e -> remove.accept(themeId));
            removeButton.setAriaLabel(getTranslation("review.chip.remove-named", name));
            removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Shortcuts.addShortcutListener(removeButton, () -> remove.accept(themeId), Key.DELETE).listenOn(removeButton);
            ListItem chip = new ListItem(label, removeButton);
            chip.addClassName("tellus-review-chip");
            chips.add(chip);
            if (i < DIGITS.length) {
                Shortcuts.addShortcutListener(answer, () -> remove.accept(themeId), DIGITS[i]).listenOn(answer);
            }
        }
        add(chips);
    }

    /** The machine's confidence and words for a suggested theme, or that the officer added it. */
    private String describe(ReviewItem item, String themeId) {
        return item.suggestions().stream().filter(s -> s.themeId().equals(themeId)).findFirst()
                .map(this::suggested).orElse(getTranslation("review.chip.added"));
    }

    private String suggested(Suggestion s) {
        return getTranslation("review.chip.suggested", Math.round(s.confidence() * 100), s.explanation());
    }

    ComboBox<ThemeSummary> picker(List<ThemeSummary> addable, Consumer<String> add) {
        ComboBox<ThemeSummary> picker = new ComboBox<>(getTranslation("review.add"));
        picker.setId("review-add-theme");
        picker.setItems(addable);
        picker.setItemLabelGenerator(ThemeSummary::name);
        picker.setHelperText(getTranslation("review.add.help"));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                add.accept(e.getValue().id());
            }
        });
        return picker;
    }

    /** After the page has settled: on first load the layout would otherwise take the focus back. */
    void focusAnswer() {
        answer.getElement().executeJs("setTimeout(() => this.focus(), 0)");
    }
}
