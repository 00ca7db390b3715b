package org.tellus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.tellus.plan.ThemeSummary;
import org.tellus.review.ReviewFilter;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Narrows the queue, and accepts the machine's themes of every answer the filter keeps after a confirmation. */
class BulkAccept extends Div {

    private static final List<Integer> CONFIDENCES = List.of(0, 50, 70, 80, 90);

    private final Select<Integer> confidence = new Select<>();
    private final ComboBox<ThemeSummary> theme;

    BulkAccept(List<ThemeSummary> themes, Consumer<ReviewFilter> onChange, LongSupplier matching, Runnable accept) {
        addClassName("tellus-review-filter");
        confidence.setLabel(getTranslation("review.filter.confidence"));
        confidence.setItems(CONFIDENCES);
        confidence.setItemLabelGenerator(c -> c == 0 ? getTranslation("review.filter.any")
                : getTranslation("review.filter.at-least", c));
        confidence.setValue(0);
        theme = new ComboBox<>(getTranslation("review.filter.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeSummary::name);
        theme.setClearButtonVisible(true);
        confidence.addValueChangeListener(e -> onChange.accept(filter()));
        theme.addValueChangeListener(e -> onChange.accept(filter()));
        Button acceptAll = new Button(getTranslation("review.bulk"), e -> confirm(matching.getAsLong(), accept));
        HorizontalLayout row = new HorizontalLayout(confidence, theme, acceptAll);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("review.filter")), new Paragraph(getTranslation("review.filter.help")), row);
    }

    ReviewFilter filter() {
        Integer c = confidence.getValue();
        return new ReviewFilter(c == null || c == 0 ? null : c / 100.0, theme.getValue() == null ? null : theme.getValue().id());
    }

    private void confirm(long count, Runnable accept) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("review.bulk.title", count));
        if (count == 0) {
            dialog.setText(getTranslation("review.bulk.nothing"));
            dialog.setConfirmText(getTranslation("action.close"));
        } else {
            dialog.setText(getTranslation("review.bulk.text", count));
            dialog.setConfirmText(getTranslation("review.bulk.confirm", count));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.addConfirmListener(e -> accept.run());
        }
        dialog.open();
    }
}
