package org.tellus.report.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.tellus.insight.Quote;
import org.tellus.plan.PrioritySummary;
import org.tellus.report.ReportSection;
import org.tellus.report.ReportShaping;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The officer's shaping of a report: introduction, sections to hide, and per priority a narrative and the marked
 * (consented) quotes to show. Quotes are offered in the order they were marked and shown in that order.
 */
class ReportEditor extends Div {

    private static final int QUOTE_LABEL = 120;

    private final TextArea introduction = new TextArea();
    private final CheckboxGroup<ReportSection> hidden = new CheckboxGroup<>();
    private final Map<String, TextArea> narratives = new LinkedHashMap<>();
    private final Map<String, CheckboxGroup<Quote>> quotes = new LinkedHashMap<>();
    private final List<Quote> marked;

    ReportEditor(List<PrioritySummary> priorities, List<Quote> marked, ReportShaping draft) {
        this.marked = marked;
        introduction.setLabel(getTranslation("report.edit.introduction"));
        introduction.setMaxLength(ReportShaping.MAX_INTRODUCTION);
        introduction.setWidthFull();
        introduction.setValue(draft.introduction());
        hidden.setLabel(getTranslation("report.edit.hide"));
        hidden.setItems(EnumSet.allOf(ReportSection.class));
        hidden.setItemLabelGenerator(s -> getTranslation("report.section." + s));
        hidden.setValue(draft.hidden());
        add(new H2(getTranslation("report.edit.title")), introduction, hidden);
        if (marked.isEmpty()) {
            add(new Paragraph(getTranslation("report.edit.no-quotes")));
        }
        priorities.forEach(p -> add(priority(p, draft)));
    }

    private Details priority(PrioritySummary priority, ReportShaping draft) {
        TextArea narrative = new TextArea(getTranslation("report.edit.narrative"));
        narrative.setMaxLength(ReportShaping.MAX_NARRATIVE);
        narrative.setWidthFull();
        narrative.setValue(draft.narrative(priority.id()));
        narratives.put(priority.id(), narrative);
        Details details = new Details(priority.name(), narrative);
        if (!marked.isEmpty()) {
            CheckboxGroup<Quote> chosen = new CheckboxGroup<>(getTranslation("report.edit.quotes"));
            chosen.setItems(marked);
            chosen.setItemLabelGenerator(q -> q.text().length() > QUOTE_LABEL ? q.text().substring(0, QUOTE_LABEL - 1) + "…" : q.text());
            chosen.setValue(Set.copyOf(marked.stream().filter(q -> draft.quotes(priority.id()).contains(q.answerId())).toList()));
            quotes.put(priority.id(), chosen);
            details.add(chosen);
        }
        details.setOpened(!narrative.isEmpty());
        return details;
    }

    ReportShaping shaping() {
        Map<String, String> texts = new HashMap<>();
        narratives.forEach((id, area) -> {
            if (!area.getValue().isBlank()) {
                texts.put(id, area.getValue());
            }
        });
        Map<String, List<Long>> picked = new HashMap<>();
        quotes.forEach((id, group) -> picked.put(id, marked.stream().filter(group.getValue()::contains).map(Quote::answerId).toList()));
        return new ReportShaping(introduction.getValue(), texts, picked, hidden.getValue());
    }
}
