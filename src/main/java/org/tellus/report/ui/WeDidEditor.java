package org.tellus.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Messages;
import org.tellus.plan.PrioritySummary;
import org.tellus.report.ReportService;
import org.tellus.report.WeDid;
import org.tellus.report.WeDidStatus;

import java.time.LocalDate;
import java.util.List;

/** "You said, we did": per priority, what the council did, its status and date, saved one priority at a time. */
class WeDidEditor extends Div {

    WeDidEditor(ReportService reports, long consultationId, List<PrioritySummary> priorities) {
        add(new H2(getTranslation("report.we-did.title")), new Paragraph(getTranslation("report.we-did.intro")));
        List<WeDid> entries = reports.weDidDraft(consultationId);
        for (PrioritySummary priority : priorities) {
            WeDid entry = entries.stream().filter(e -> e.priorityId().equals(priority.id())).findFirst().orElse(null);
            TextArea text = new TextArea(getTranslation("report.we-did.text"));
            text.setMaxLength(WeDid.MAX_TEXT);
            text.setWidthFull();
            Select<WeDidStatus> status = new Select<>();
            status.setLabel(getTranslation("report.we-did.status"));
            status.setItems(WeDidStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("report.we-did.status." + s));
            DatePicker date = new DatePicker(getTranslation("report.we-did.date"));
            text.setValue(entry == null ? "" : entry.text());
            status.setValue(entry == null ? WeDidStatus.PLANNED : entry.status());
            date.setValue(entry == null ? LocalDate.now() : entry.date());
            Button save = new Button(getTranslation("report.we-did.save"), e -> {
                try {
                    reports.saveWeDid(consultationId, priority.id(), text.getValue(), status.getValue(), date.getValue());
                    Messages.success(this, "report.we-did.saved");
                } catch (TranslatableException refused) {
                    Messages.error(this, refused);
                }
            });
            save.getElement().setAttribute("aria-label", getTranslation("report.we-did.save-for", priority.name()));
            HorizontalLayout fields = new HorizontalLayout(status, date);
            fields.setWrap(true);
            add(new H3(priority.name()), text, fields, save);
        }
    }
}
