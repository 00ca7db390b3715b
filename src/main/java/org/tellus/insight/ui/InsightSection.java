package org.tellus.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.tellus.insight.CellCount;

import java.text.NumberFormat;
import java.util.List;

/** A part of the insight page: accessible tables (caption, scoped headers) and numbers in the officer's locale. */
abstract class InsightSection extends Div {

    NativeTable table(String caption, List<String> headers) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String h : headers) {
            head.addHeaderCell().setText(h);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        table.addClassName("tellus-table");
        return table;
    }

    NativeTable table(String caption, String... headers) {
        return table(caption, List.of(headers));
    }

    /** A body row whose first cell is its header, followed by plain-text cells. */
    NativeTableRow row(NativeTable table, String header, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(header);
        row.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
        for (String c : cells) {
            row.addDataCell().setText(c);
        }
        return row;
    }

    /** A wide table in a keyboard-scrollable region, so that it never pushes the page sideways. */
    Div scroller(NativeTable table, String label) {
        Div scroller = new Div(table);
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", label);
        scroller.addClassName("tellus-scroller");
        return scroller;
    }

    String cellText(CellCount cell) {
        return cell.suppressed() ? fewerThan() : text(cell.count().getAsLong());
    }

    String fewerThan() {
        return getTranslation("insight.fewer-than", CellCount.MINIMUM_RESPONDENTS);
    }

    String text(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    String percent(double share) {
        return NumberFormat.getPercentInstance(getLocale()).format(share);
    }
}
