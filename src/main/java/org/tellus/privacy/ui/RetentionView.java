package org.tellus.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Messages;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.privacy.RetentionRule;
import org.tellus.privacy.RetentionService;

/**
 * The administrator sets, per consultation, how many months after it closes its equality answers and the links to
 * residents' accounts are kept; the daily job applies the rules, and this page can apply the due ones now.
 */
@Menu(title = "nav.retention", order = 103)
@Route("admin/retention")
@RolesAllowed(Roles.ADMIN)
public class RetentionView extends Main implements HasDynamicTitle {

    private final transient RetentionService retention;
    private final Grid<RetentionRule> rules = new Grid<>();

    public RetentionView(RetentionService retention, ConsultationService consultations) {
        this.retention = retention;
        addClassName("tellus-page");
        ComboBox<ConsultationDetails> consultation = new ComboBox<>(getTranslation("privacy.retention.consultation"));
        consultation.setItems(consultations.allConsultations());
        consultation.setItemLabelGenerator(ConsultationDetails::title);
        consultation.setWidth("24rem");
        IntegerField months = new IntegerField(getTranslation("privacy.retention.months"));
        months.setMin(0);
        months.setMax(RetentionService.MAX_MONTHS);
        months.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("privacy.retention.save"), e -> {
            if (consultation.getValue() == null || months.getValue() == null) {
                Messages.error(this, new TranslatableException("privacy.retention.incomplete"));
                return;
            }
            act(() -> retention.setRule(consultation.getValue().id(), months.getValue()), "privacy.retention.saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(consultation, months, save);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");

        rules.setAriaLabel(getTranslation("privacy.retention.rules"));
        rules.addColumn(RetentionRule::consultationTitle).setHeader(getTranslation("privacy.retention.consultation")).setFlexGrow(2);
        rules.addColumn(r -> r.closesOn() == null ? getTranslation("privacy.retention.no-close-date")
                : Formats.date(r.closesOn(), getLocale())).setHeader(getTranslation("privacy.retention.closes")).setAutoWidth(true);
        rules.addColumn(RetentionRule::months).setHeader(getTranslation("privacy.retention.months")).setAutoWidth(true);
        rules.addColumn(r -> r.dueOn() == null ? "" : Formats.date(r.dueOn(), getLocale()))
                .setHeader(getTranslation("privacy.retention.due")).setAutoWidth(true);
        rules.addColumn(r -> r.appliedAt() == null ? "" : Formats.dateTime(r.appliedAt(), getLocale()))
                .setHeader(getTranslation("privacy.retention.applied")).setAutoWidth(true);
        rules.addComponentColumn(r -> new Button(getTranslation("privacy.retention.remove"),
                        e -> act(() -> retention.removeRule(r.consultationId()), "privacy.retention.removed")))
                .setHeader(getTranslation("privacy.retention.actions")).setAutoWidth(true);
        rules.setEmptyStateText(getTranslation("privacy.retention.none"));
        rules.setAllRowsVisible(true);
        Button apply = new Button(getTranslation("privacy.retention.apply-now"),
                e -> act(retention::applyDue, "privacy.retention.applied-now"));
        apply.setId("apply-retention");
        add(new H1(getTranslation("privacy.retention.title")), new Paragraph(getTranslation("privacy.retention.intro")),
                form, new H2(getTranslation("privacy.retention.rules")), rules, apply);
        refresh();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Messages.success(this, successKey);
            refresh();
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
        }
    }

    private void refresh() {
        rules.setItems(retention.rules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.retention.title") + " | " + getTranslation("app.name");
    }
}
