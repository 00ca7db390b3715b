package org.tellus.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightService;
import org.tellus.insight.ResponseExcerpt;

import java.util.List;

/** The responses behind a theme's count: their references and what they said. Only offered for shown counts. */
class DrillDownDialog extends Dialog {

    DrillDownDialog(InsightService insight, long consultationId, String themeId, String themeName, InsightFilter filter) {
        setHeaderTitle(getTranslation("insight.drill-down.title", themeName));
        List<ResponseExcerpt> responses = insight.responsesWithTheme(consultationId, themeId, filter);
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("insight.drill-down.title", themeName));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("insight.drill-down.reference"));
        head.addHeaderCell().setText(getTranslation("insight.drill-down.excerpt"));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (ResponseExcerpt r : responses) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(r.reference());
            row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
            row.addDataCell().setText(r.excerpt());
        }
        table.getStyle().set("border-collapse", "collapse").set("text-align", "left");
        if (responses.size() >= InsightService.DRILL_DOWN_LIMIT) {
            add(new Paragraph(getTranslation("insight.drill-down.limit", InsightService.DRILL_DOWN_LIMIT)));
        }
        add(table);
        getFooter().add(new Button(getTranslation("insight.close"), e -> close()));
        setMaxWidth("48rem");
    }
}
