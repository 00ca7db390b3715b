package org.tellus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.text.NumberFormat;
import java.util.Locale;

/** Plain HTML tables with a caption and scoped headers, which screen readers read cell by cell. */
final class Tables {

    private Tables() {
    }

    static NativeTable withColumns(String caption, String... columns) {
        NativeTable table = new NativeTable();
        table.addClassName("tellus-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String column : columns) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    /** A body row whose first cell heads the row; returns it for more cells. */
    static NativeTableRow row(NativeTable table, String heading, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell head = row.addHeaderCell();
        head.setText(heading);
        head.getElement().setAttribute("scope", "row");
        for (String text : cells) {
            row.addDataCell().setText(text);
        }
        return row;
    }

    /** The table in a region that scrolls sideways on a narrow screen, reachable and named for keyboard users. */
    static Div scrolling(NativeTable table) {
        Div scroller = new Div(table);
        scroller.addClassName("tellus-scroller");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", table.getCaptionText());
        return scroller;
    }

    /** A figure between 0 and 1 with two decimals, or a dash when there is none. */
    static String figure(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
