package org.tellus.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.plan.PlanService;
import org.tellus.plan.PlanSetupService;
import org.tellus.plan.PlanSummary;
import org.tellus.plan.PriorityEdit;
import org.tellus.plan.PrioritySummary;

import java.util.List;

/**
 * An administrator keeps the council's plans (name, period) and their priorities: add, edit, reorder, retire. A
 * retired priority stays in the list, on old answers and in old reports.
 */
@Menu(title = "nav.setup-plans", order = 111)
@Route("admin/plans")
@RolesAllowed(Roles.ADMIN)
public class PlansView extends SetupPage {

    private final PlanService plan;
    private final PlanSetupService setup;
    private final Grid<PlanSummary> plans = new Grid<>();
    private final Grid<PrioritySummary> priorities = new Grid<>();
    private final Section planForm = new Section();
    private final Section priorityForm = new Section();
    private List<PlanSummary> planList = List.of();

    public PlansView(PlanService plan, PlanSetupService setup) {
        super("setup.plans.title", "setup.plans.intro");
        this.plan = plan;
        this.setup = setup;
        plans.setAriaLabel(getTranslation("setup.plans.all"));
        plans.setAllRowsVisible(true);
        plans.addColumn(PlanSummary::name).setHeader(getTranslation("setup.plans.name")).setFlexGrow(2);
        plans.addColumn(this::period).setHeader(getTranslation("setup.plans.period")).setAutoWidth(true);
        plans.addComponentColumn(p -> labelled(new Button(getTranslation("setup.edit"), e -> editPlan(p)),
                getTranslation("setup.edit-named", p.name()))).setHeader(getTranslation("setup.actions")).setAutoWidth(true);
        priorities.setAriaLabel(getTranslation("setup.priorities.all"));
        priorities.setAllRowsVisible(true);
        priorities.addColumn(PrioritySummary::name).setHeader(getTranslation("setup.priorities.name")).setFlexGrow(2);
        priorities.addColumn(PrioritySummary::plan).setHeader(getTranslation("setup.priorities.plan")).setFlexGrow(1);
        priorities.addColumn(PrioritySummary::group).setHeader(getTranslation("setup.priorities.group")).setFlexGrow(1);
        priorities.addColumn(p -> getTranslation(p.retired() ? "setup.status.retired" : "setup.status.active"))
                .setHeader(getTranslation("setup.status")).setAutoWidth(true);
        priorities.addComponentColumn(this::priorityActions).setHeader(getTranslation("setup.actions")).setAutoWidth(true);
        Button addPlan = new Button(getTranslation("setup.plans.add"), e -> editPlan(null));
        Button addPriority = new Button(getTranslation("setup.priorities.add"), e -> editPriority(null));
        add(new H2(getTranslation("setup.plans.all")), plans, addPlan, planForm,
                new H2(getTranslation("setup.priorities.all")), priorities, addPriority, priorityForm);
        refresh();
    }

    private String period(PlanSummary p) {
        return getTranslation("setup.plans.years", p.startsYear() == null ? "…" : String.valueOf(p.startsYear()),
                p.endsYear() == null ? "…" : String.valueOf(p.endsYear()));
    }

    private HorizontalLayout priorityActions(PrioritySummary p) {
        Button edit = labelled(new Button(getTranslation("setup.edit"), e -> editPriority(p)),
                getTranslation("setup.edit-named", p.name()));
        Button up = labelled(new Button(getTranslation("setup.up"), e -> act(() -> setup.move(p.id(), p.version(), -1),
                "setup.priorities.moved", x -> p.name())), getTranslation("setup.up-named", p.name()));
        Button down = labelled(new Button(getTranslation("setup.down"), e -> act(() -> setup.move(p.id(), p.version(), 1),
                "setup.priorities.moved", x -> p.name())), getTranslation("setup.down-named", p.name()));
        Button retire = labelled(new Button(getTranslation("setup.retire"), e -> confirm(
                getTranslation("setup.priorities.retire-confirm", p.name()), getTranslation("setup.retire"),
                () -> act(() -> setup.retirePriority(p.id(), p.version()), "setup.retired", PrioritySummary::name))),
                getTranslation("setup.retire-named", p.name()));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, up, down, retire);
        actions.getChildren().forEach(c -> ((Button) c).setEnabled(!p.retired()));
        return actions;
    }

    private void editPlan(PlanSummary p) {
        planForm.removeAll();
        TextField name = new TextField(getTranslation("setup.plans.name"));
        name.setRequiredIndicatorVisible(true);
        IntegerField starts = new IntegerField(getTranslation("setup.plans.starts"));
        IntegerField ends = new IntegerField(getTranslation("setup.plans.ends"));
        if (p != null) {
            name.setValue(p.name());
            starts.setValue(p.startsYear());
            ends.setValue(p.endsYear());
        }
        Button save = new Button(getTranslation("setup.plans.save"), e -> act(() -> setup.savePlan(
                p == null ? null : p.name(), p == null ? 0 : p.version(), name.getValue(), starts.getValue(),
                ends.getValue()), "setup.saved", PlanSummary::name));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planForm.add(new FormLayout(name, starts, ends), save);
        planForm.setVisible(true);
        name.focus();
    }

    private void editPriority(PrioritySummary p) {
        priorityForm.removeAll();
        Select<String> planName = new Select<>();
        planName.setLabel(getTranslation("setup.priorities.plan"));
        planName.setItems(planList.stream().map(PlanSummary::name).toList());
        TextField group = new TextField(getTranslation("setup.priorities.group"));
        TextField name = new TextField(getTranslation("setup.priorities.name"));
        name.setRequiredIndicatorVisible(true);
        TextArea ambition = new TextArea(getTranslation("setup.priorities.ambition"));
        if (p != null) {
            planName.setValue(p.plan());
            group.setValue(p.group());
            name.setValue(p.name());
            ambition.setValue(p.ambition());
        }
        Button save = new Button(getTranslation("setup.priorities.save"), e -> {
            PriorityEdit edit = new PriorityEdit(p == null ? null : p.id(), p == null ? 0 : p.version(),
                    planName.getValue(), group.getValue(), name.getValue(), ambition.getValue());
            act(() -> p == null ? setup.addPriority(edit) : setup.updatePriority(edit), "setup.saved",
                    PrioritySummary::name);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(planName, group, name, ambition);
        form.setColspan(ambition, 2);
        priorityForm.add(form, save);
        priorityForm.setVisible(true);
        name.focus();
    }

    @Override
    void refresh() {
        planList = plan.plans();
        plans.setItems(planList);
        priorities.setItems(setup.allPriorities());
        planForm.setVisible(false);
        priorityForm.setVisible(false);
    }
}
