package org.tellus.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.plan.AreaSetupService;
import org.tellus.plan.AreaSummary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An administrator keeps the council's areas (wards or neighbourhoods): add, rename, give a code such as the ONS
 * ward code, merge, retire. Retired and merged areas stay listed: old responses name them.
 */
@Menu(title = "nav.setup-areas", order = 112)
@Route("admin/areas")
@RolesAllowed(Roles.ADMIN)
public class AreasView extends SetupPage {

    private final AreaSetupService areas;
    private final Grid<AreaSummary> grid = new Grid<>();
    private final Section editor = new Section();
    private List<AreaSummary> all = List.of();
    private Map<String, String> names = Map.of();

    public AreasView(AreaSetupService areas) {
        super("setup.areas.title", "setup.areas.intro");
        this.areas = areas;
        grid.setAriaLabel(getTranslation("setup.areas.all"));
        grid.setAllRowsVisible(true);
        grid.addColumn(AreaSummary::name).setHeader(getTranslation("setup.areas.name")).setFlexGrow(2);
        grid.addColumn(a -> a.code() == null ? "" : a.code()).setHeader(getTranslation("setup.areas.code")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("setup.status")).setFlexGrow(1);
        grid.addComponentColumn(a -> {
            Button edit = labelled(new Button(getTranslation("setup.edit"), e -> open(a)),
                    getTranslation("setup.edit-named", a.name()));
            edit.setEnabled(!a.retired());
            return edit;
        }).setHeader(getTranslation("setup.actions")).setAutoWidth(true);
        TextField name = new TextField(getTranslation("setup.areas.name"));
        name.setRequiredIndicatorVisible(true);
        TextField code = new TextField(getTranslation("setup.areas.code"));
        code.setHelperText(getTranslation("setup.areas.code-help"));
        Button add = new Button(getTranslation("setup.areas.add"), e -> {
            if (act(() -> areas.add(name.getValue(), code.getValue()), "setup.saved", AreaSummary::name)) {
                name.clear();
                code.clear();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout addRow = new HorizontalLayout(name, code, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("setup.areas.all")), grid, editor, new H2(getTranslation("setup.areas.add-heading")), addRow);
        refresh();
    }

    private String status(AreaSummary a) {
        if (a.mergedInto() != null) {
            return getTranslation("setup.areas.merged-into", names.getOrDefault(a.mergedInto(), a.mergedInto()));
        }
        return getTranslation(a.retired() ? "setup.status.retired" : "setup.status.active");
    }

    private void open(AreaSummary area) {
        editor.removeAll();
        TextField name = new TextField(getTranslation("setup.areas.name"));
        name.setValue(area.name());
        name.setRequiredIndicatorVisible(true);
        TextField code = new TextField(getTranslation("setup.areas.code"));
        code.setValue(area.code() == null ? "" : area.code());
        Button save = new Button(getTranslation("setup.areas.save"), e -> act(() -> areas.rename(area.id(),
                area.version(), name.getValue(), code.getValue()), "setup.saved", AreaSummary::name));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Select<AreaSummary> into = new Select<>();
        into.setLabel(getTranslation("setup.areas.merge-into"));
        into.setItems(all.stream().filter(a -> !a.retired() && !a.id().equals(area.id())).toList());
        into.setItemLabelGenerator(AreaSummary::name);
        Button merge = new Button(getTranslation("setup.areas.merge"), e -> {
            AreaSummary target = into.getValue();
            if (target == null) {
                into.setErrorMessage(getTranslation("setup.areas.merge-choose"));
                into.setInvalid(true);
                return;
            }
            confirm(getTranslation("setup.areas.merge-confirm", area.name(), target.name()),
                    getTranslation("setup.areas.merge"), () -> act(() -> areas.merge(area.id(), area.version(),
                            target.id(), target.version()), "setup.retired", AreaSummary::name));
        });
        HorizontalLayout mergeRow = new HorizontalLayout(into, merge);
        mergeRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button retire = new Button(getTranslation("setup.retire"), e -> confirm(
                getTranslation("setup.areas.retire-confirm", area.name()), getTranslation("setup.retire"),
                () -> act(() -> areas.retire(area.id(), area.version()), "setup.retired", AreaSummary::name)));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        editor.add(new H3(getTranslation("setup.editing", area.name())), new FormLayout(name, code), save,
                new Paragraph(getTranslation("setup.areas.merge-explained")), mergeRow, retire);
        editor.setVisible(true);
        name.focus();
    }

    @Override
    void refresh() {
        all = areas.all();
        names = all.stream().collect(Collectors.toMap(AreaSummary::id, AreaSummary::name, (a, b) -> a));
        grid.setItems(all);
        editor.setVisible(false);
    }
}
