package org.tellus.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tellus.consultation.OptionDetails;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks options with "move up" and "move down" buttons: works with a keyboard and a screen reader, unlike
 * drag and drop. The order shown is the answer; an optional ranking counts only once it has been touched.
 */
class RankingField extends Div {

    private final List<OptionDetails> order;
    private final OrderedList list = new OrderedList();
    private final Span error = new Span();
    private final Span status = new Span();
    private boolean touched;

    RankingField(String labelId, List<OptionDetails> options) {
        this.order = new ArrayList<>(options);
        list.getElement().setAttribute("aria-labelledby", labelId);
        error.addClassName("tellus-field-error");
        error.setVisible(false);
        // Announces each move to screen readers.
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("tellus-visually-hidden");
        add(list, error, status);
        render(-1, false);
    }

    List<Long> rankedOptionIds() {
        return order.stream().map(OptionDetails::id).toList();
    }

    boolean isTouched() {
        return touched;
    }

    void restore(List<Long> optionIds) {
        List<OptionDetails> restored = new ArrayList<>();
        optionIds.forEach(id -> order.stream().filter(o -> o.id() == id).findFirst().ifPresent(restored::add));
        order.stream().filter(o -> !restored.contains(o)).forEach(restored::add);
        order.clear();
        order.addAll(restored);
        touched = !optionIds.isEmpty();
        render(-1, false);
    }

    void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private void move(int index, int delta) {
        int target = index + delta;
        OptionDetails moved = order.remove(index);
        order.add(target, moved);
        touched = true;
        status.setText(getTranslation("ranking.moved", moved.label(), target + 1));
        render(target, delta < 0);
    }

    private void render(int focusIndex, boolean focusUp) {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            OptionDetails option = order.get(i);
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, -1));
            up.setAriaLabel(getTranslation("ranking.move-up", option.label()));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, 1));
            down.setAriaLabel(getTranslation("ranking.move-down", option.label()));
            down.setEnabled(i < order.size() - 1);
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            }
            ListItem item = new ListItem(new Span(option.label()), up, down);
            item.addClassName("tellus-rank-item");
            list.add(item);
            if (i == focusIndex) {
                Button keep = focusUp && up.isEnabled() || !down.isEnabled() ? up : down;
                keep.focus();
            }
        }
    }
}
