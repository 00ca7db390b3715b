package org.tellus.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.plan.PlanService;
import org.tellus.plan.PrioritySummary;
import org.tellus.plan.ThemeEdit;
import org.tellus.plan.ThemeService;
import org.tellus.plan.ThemeSummary;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Officers keep the theme taxonomy in shape: edit a theme's name, description, keywords, example statements and plan
 * priorities, merge it into another, or retire it. Keywords and examples are one per line.
 */
@Menu(title = "nav.themes", order = 60)
@Route("officer/themes")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ThemesView extends Main implements HasDynamicTitle {

    private final PlanService plan;
    private final ThemeService themeService;
    private final Map<String, PrioritySummary> priorities;
    private final Grid<ThemeSummary> grid = new Grid<>();
    private final Section editor = new Section();
    private List<ThemeSummary> themes = List.of();

    public ThemesView(PlanService plan, ThemeService themeService) {
        this.plan = plan;
        this.themeService = themeService;
        this.priorities = plan.priorities().stream()
                .collect(Collectors.toMap(PrioritySummary::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        addClassName("tellus-page");
        add(new H1(getTranslation("themes.title")), new Paragraph(getTranslation("themes.intro")));
        grid.setAriaLabel(getTranslation("themes.all"));
        grid.setAllRowsVisible(true);
        grid.addColumn(ThemeSummary::name).setHeader(getTranslation("themes.name")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.retired() ? "themes.status.retired" : "themes.status.active"))
                .setHeader(getTranslation("themes.status")).setAutoWidth(true);
        grid.addColumn(t -> String.join(", ", t.keywords())).setHeader(getTranslation("themes.keywords")).setFlexGrow(2);
        grid.addColumn(t -> t.priorityIds().stream().map(this::priorityName).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("themes.priorities")).setFlexGrow(2);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("themes.actions")).setAutoWidth(true);
        editor.setVisible(false);
        add(new H2(getTranslation("themes.all")), grid);
        // Adding a theme is set-up, an administrator's (decision 033); editing stays the officers'.
        if (CurrentUser.hasRole(Roles.ADMIN)) {
            add(new Paragraph(getTranslation("themes.new-explained")), new Button(getTranslation("themes.new"),
                    e -> openEditor(new ThemeSummary(null, "", "", List.of(), List.of(), false, List.of(), 0))));
        }
        add(editor);
        refresh();
    }

    private Button editButton(ThemeSummary theme) {
        Button edit = new Button(getTranslation("themes.edit"), e -> openEditor(theme));
        edit.setAriaLabel(getTranslation("themes.edit-named", theme.name()));
        edit.setEnabled(!theme.retired());
        return edit;
    }

    private void openEditor(ThemeSummary theme) {
        editor.removeAll();
        boolean isNew = theme.id() == null;
        H2 heading = new H2(isNew ? getTranslation("themes.new") : getTranslation("themes.editing", theme.name()));
        TextField name = new TextField(getTranslation("themes.name"));
        name.setValue(theme.name());
        name.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("themes.description"));
        description.setValue(theme.description());
        TextArea keywords = new TextArea(getTranslation("themes.keywords"));
        keywords.setHelperText(getTranslation("themes.one-per-line"));
        keywords.setValue(String.join("\n", theme.keywords()));
        TextArea examples = new TextArea(getTranslation("themes.examples"));
        examples.setHelperText(getTranslation("themes.examples-help"));
        examples.setValue(String.join("\n", theme.examples()));
        MultiSelectComboBox<PrioritySummary> mapped = new MultiSelectComboBox<>(getTranslation("themes.priorities"));
        // A retired priority may stay mapped where it is, but is not offered anew.
        mapped.setItems(priorities.values().stream().filter(p -> !p.retired() || theme.priorityIds().contains(p.id())).toList());
        mapped.setItemLabelGenerator(PrioritySummary::name);
        mapped.setValue(theme.priorityIds().stream().map(priorities::get).filter(p -> p != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        Button save = new Button(getTranslation("themes.save"), e -> {
            ThemeEdit edit = new ThemeEdit(theme.id(), theme.version(), name.getValue(), description.getValue(),
                    lines(keywords.getValue()), lines(examples.getValue()),
                    mapped.getValue().stream().map(PrioritySummary::id).toList());
            act(() -> isNew ? themeService.create(edit) : themeService.update(edit), "themes.saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("themes.cancel"), e -> editor.setVisible(false));
        FormLayout form = new FormLayout(name, mapped, description, keywords, examples);
        form.setColspan(description, 2);
        form.setColspan(examples, 2);
        editor.add(heading, form, new HorizontalLayout(save, cancel));
        if (!isNew) {
            editor.add(mergeControls(theme), retireControls(theme));
        }
        editor.setVisible(true);
        name.focus();
    }

    private Section mergeControls(ThemeSummary theme) {
        Select<ThemeSummary> into = new Select<>();
        into.setLabel(getTranslation("themes.merge-into"));
        into.setItems(themes.stream().filter(t -> !t.retired() && !t.id().equals(theme.id())).toList());
        into.setItemLabelGenerator(ThemeSummary::name);
        Button merge = new Button(getTranslation("themes.merge"), e -> {
            ThemeSummary target = into.getValue();
            if (target == null) {
                into.setErrorMessage(getTranslation("themes.merge-choose"));
                into.setInvalid(true);
                return;
            }
            confirm(getTranslation("themes.merge-confirm", theme.name(), target.name()), getTranslation("themes.merge"),
                    () -> act(() -> themeService.merge(theme.id(), theme.version(), target.id(), target.version()),
                            "themes.merged"));
        });
        HorizontalLayout row = new HorizontalLayout(into, merge);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Section(new H3(getTranslation("themes.merge-heading")),
                new Paragraph(getTranslation("themes.merge-explained")), row);
    }

    private Section retireControls(ThemeSummary theme) {
        Button retire = new Button(getTranslation("themes.retire"), e -> confirm(
                getTranslation("themes.retire-confirm", theme.name()), getTranslation("themes.retire"),
                () -> act(() -> themeService.retire(theme.id(), theme.version()), "themes.retired")));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Section(new H3(getTranslation("themes.retire-heading")),
                new Paragraph(getTranslation("themes.retire-explained")), retire);
    }

    private void confirm(String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("themes.confirm-title"), text, action, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("themes.cancel"));
        dialog.open();
    }

    /** Runs a change; on success reloads the list and closes the editor, on refusal says why and keeps the form. */
    private void act(Supplier<ThemeSummary> change, String successKey) {
        try {
            ThemeSummary changed = change.get();
            Messages.success(this, successKey, changed.name());
            editor.setVisible(false);
            refresh();
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
        }
    }

    private void refresh() {
        themes = plan.themes();
        grid.setItems(themes);
    }

    private String priorityName(String id) {
        PrioritySummary priority = priorities.get(id);
        return priority == null ? id : priority.name();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("themes.title") + " | " + getTranslation("app.name");
    }
}
