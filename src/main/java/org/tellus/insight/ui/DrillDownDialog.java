package org.tellus.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.tellus.base.TranslatableException;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.QuoteService;
import org.tellus.insight.ResponseExcerpt;

import java.util.List;

/**
 * The responses behind a theme's count: their references and what they said, and for each whether it may be
 * quoted in the report. Only offered for shown counts.
 */
class DrillDownDialog extends Dialog {

    private final QuoteService quotes;

    DrillDownDialog(InsightService insight, QuoteService quotes, InsightScope scope, String themeId, String themeName,
                    InsightFilter filter, Runnable onQuotesChanged) {
        this.quotes = quotes;
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onQuotesChanged.run();
            }
        });
        setHeaderTitle(getTranslation("insight.drill-down.title", themeName));
        List<ResponseExcerpt> responses = insight.responsesWithTheme(scope, themeId, filter);
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("insight.drill-down.title", themeName));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("insight.drill-down.reference"));
        head.addHeaderCell().setText(getTranslation("insight.drill-down.excerpt"));
        head.addHeaderCell().setText(getTranslation("insight.quote.column"));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (ResponseExcerpt r : responses) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(r.reference());
            row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
            row.addDataCell().setText(r.excerpt());
            row.addDataCell().add(r.consentToQuote() ? quoteButton(r) : new Span(getTranslation("insight.quote.no-consent-short")));
        }
        table.addClassName("tellus-table");
        if (responses.size() >= InsightService.DRILL_DOWN_LIMIT) {
            add(new Paragraph(getTranslation("insight.drill-down.limit", InsightService.DRILL_DOWN_LIMIT)));
        }
        add(table);
        getFooter().add(new Button(getTranslation("insight.close"), e -> close()));
        setMaxWidth("56rem");
    }

    private Button quoteButton(ResponseExcerpt response) {
        Button button = new Button();
        boolean[] quoted = {response.quoted()};
        Runnable label = () -> {
            button.setText(getTranslation(quoted[0] ? "insight.quote.unmark" : "insight.quote.mark"));
            button.setAriaLabel(getTranslation(quoted[0] ? "insight.quote.unmark-named" : "insight.quote.mark-named",
                    response.reference()));
        };
        label.run();
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> {
            try {
                if (quoted[0]) {
                    quotes.unmark(response.answerId());
                } else {
                    quotes.mark(response.answerId());
                }
                quoted[0] = !quoted[0];
                label.run();
                Notification.show(getTranslation(quoted[0] ? "insight.quote.marked" : "insight.quote.unmarked", response.reference()));
            } catch (TranslatableException refused) {
                Notification.show(getTranslation(refused.key(), refused.params()));
            }
        });
        return button;
    }
}
