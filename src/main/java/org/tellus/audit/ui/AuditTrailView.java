package org.tellus.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.audit.AuditActions;
import org.tellus.audit.AuditEntry;
import org.tellus.audit.AuditFilter;
import org.tellus.audit.AuditService;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;

/** The administrator searches the audit trail: by action, by who, by date; newest first, read lazily. */
@Menu(title = "nav.audit-trail", order = 101)
@Route("admin/audit-trail")
@RolesAllowed(Roles.ADMIN)
public class AuditTrailView extends Main implements HasDynamicTitle {

    private final ComboBox<String> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditTrailView(AuditService audit) {
        addClassName("tellus-page");
        setMaxWidth("90rem");
        action.setLabel(getTranslation("trail.filter.action"));
        action.setItems(AuditActions.ALL);
        action.setItemLabelGenerator(a -> getTranslation("trail.action." + a));
        action.setClearButtonVisible(true);
        actor.setLabel(getTranslation("trail.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        from.setLabel(getTranslation("trail.filter.from"));
        to.setLabel(getTranslation("trail.filter.to"));
        FlexLayout filters = new FlexLayout(action, actor, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setAriaLabel(getTranslation("trail.title"));
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("trail.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("trail.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("trail.action." + e.action())).setHeader(getTranslation("trail.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("trail.target")).setFlexGrow(2);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("trail.detail")).setFlexGrow(2);
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader(getTranslation("trail.address"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("trail.empty"));
        grid.setHeight("40rem");
        grid.setItems(q -> audit.search(filter(), q.getOffset(), q.getLimit()).stream(), q -> audit.count(filter()));
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H1(getTranslation("trail.title")), new Paragraph(getTranslation("trail.intro")), filters, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trail.title") + " | " + getTranslation("app.name");
    }
}
