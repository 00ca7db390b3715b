package org.tellus.report.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import org.tellus.report.ReportContent;
import org.tellus.report.ReportOutline;
import org.tellus.report.ReportSink;
import org.tellus.report.ReportText;
import org.tellus.report.ReportWords;

import java.util.List;
import java.util.Locale;

/** A report on the page: the same outline as the PDF and the DOCX (decision 026), tables for every number. */
public class ReportPage extends Div implements ReportSink {

    @Tag("blockquote")
    private static final class Blockquote extends HtmlContainer {
    }

    /** @param firstLevel the page's level for the report title (1 alone on a page, 2 under the page's own title) */
    private final int firstLevel;

    ReportPage(ReportContent report, String dateLine, int firstLevel) {
        this.firstLevel = firstLevel;
        addClassName("tellus-report");
        ReportOutline.write(report, dateLine, words(getLocale()), this);
    }

    /** The app's translations in this locale, for the report's text (also outside a UI request: downloads). */
    static ReportWords words(Locale locale) {
        return new ReportWords() {
            @Override
            public String get(String key, Object... params) {
                return I18NProvider.translate(locale, key, params);
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }

    @Override
    public void heading(int level, String text) {
        switch (level + firstLevel - 1) {
            case 1 -> add(new H1(text));
            case 2 -> add(new H2(text));
            case 3 -> add(new H3(text));
            default -> add(new H4(text));
        }
    }

    @Override
    public void paragraph(String text) {
        add(new Paragraph(text));
    }

    @Override
    public void quote(String text, String source) {
        Blockquote quote = new Blockquote();
        quote.add(new Paragraph(text), new Paragraph("- " + source));
        add(quote);
    }

    @Override
    public void table(ReportText.Table table) {
        NativeTable out = new NativeTable();
        out.setCaptionText(table.caption());
        out.addClassName("tellus-table");
        NativeTableRow head = out.getHead().addRow();
        table.headings().forEach(h -> head.addHeaderCell().setText(h));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (List<String> cells : table.rows()) {
            NativeTableRow row = out.getBody().addRow();
            row.addHeaderCell().setText(cells.getFirst());
            row.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
            cells.stream().skip(1).forEach(c -> row.addDataCell().setText(c));
        }
        Div scroller = new Div(out);
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", table.caption());
        scroller.addClassName("tellus-scroller");
        add(scroller);
    }
}
