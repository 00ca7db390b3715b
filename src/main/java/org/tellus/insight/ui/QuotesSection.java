package org.tellus.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.tellus.insight.Quote;
import org.tellus.insight.QuoteService;

import java.util.List;

/** The consultation's quotes for the report, each removable; quotes are marked from a drill-down. */
class QuotesSection extends InsightSection {

    private final QuoteService quotes;
    private final long consultationId;

    QuotesSection(QuoteService quotes, long consultationId) {
        this.quotes = quotes;
        this.consultationId = consultationId;
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H2(getTranslation("insight.quotes")));
        List<Quote> list = quotes.quotes(consultationId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("insight.quotes.none")));
            return;
        }
        NativeTable table = table(getTranslation("insight.quotes.caption"), getTranslation("insight.drill-down.reference"),
                getTranslation("insight.quotes.question"), getTranslation("insight.quotes.text"),
                getTranslation("insight.quotes.attribution"), getTranslation("insight.quotes.actions"));
        for (Quote q : list) {
            NativeTableRow row = row(table, q.reference(), q.question(), q.text(), q.attribution() == null ? "" : q.attribution());
            Button remove = new Button(getTranslation("insight.quote.unmark"), e -> {
                quotes.unmark(q.answerId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("insight.quote.unmark-named", q.reference()));
            row.addDataCell().add(remove);
        }
        add(scroller(table, getTranslation("insight.quotes.region")));
    }
}
