package org.tellus.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.util.ArrayList;
import java.util.List;

/**
 * Administrators keep the council's plans (name and period) and their priorities: add, edit, reorder, retire. A
 * priority is never deleted: a retired one stays on old answers, in old reports and in its themes' mapping
 * (decision 033).
 */
@Service
@Transactional
public class PlanSetupService {

    static final int TEXT_MAX = 2000;
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2200;

    private final CouncilPlanRepository plans;
    private final PlanPriorityRepository priorities;
    private final ApplicationEventPublisher events;

    PlanSetupService(CouncilPlanRepository plans, PlanPriorityRepository priorities, ApplicationEventPublisher events) {
        this.plans = plans;
        this.priorities = priorities;
        this.events = events;
    }

    /** Every priority, retired ones included, in their order. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<PrioritySummary> allPriorities() {
        return priorities.findAllByOrderByPositionAsc().stream().map(PlanPriority::summary).toList();
    }

    /** A new plan ({@code oldName} null) or a renamed one, with its period; a rename carries its priorities along. */
    @PreAuthorize(Roles.IS_ADMIN)
    public PlanSummary savePlan(String oldName, long version, String name, Integer startsYear, Integer endsYear) {
        String clean = SetupChecks.name(name);
        checkPeriod(startsYear, endsYear);
        boolean renamed = oldName != null && !oldName.equals(clean);
        if ((oldName == null || renamed) && plans.existsById(clean)) {
            throw new TranslatableException("setup.error.name-taken", clean);
        }
        CouncilPlan plan;
        if (oldName == null) {
            plan = new CouncilPlan(clean, startsYear, endsYear);
        } else {
            CouncilPlan old = plans.findById(oldName).orElseThrow(() -> new TranslatableException("setup.error.not-found"));
            SetupChecks.sameVersion(old.version(), version);
            plan = old;
            if (renamed) {
                // The name is the plan's key: a new row, and its priorities follow it.
                plans.delete(old);
                plans.flush();
                plan = new CouncilPlan(clean, startsYear, endsYear);
                priorities.findAll().stream().filter(p -> p.plan().equals(oldName)).forEach(p -> p.renamePlan(clean));
            }
            plan.period(startsYear, endsYear);
        }
        audit("plan " + clean + (oldName == null ? " added" : " changed"),
                (renamed ? oldName + " -> " + clean + "; " : "") + period(startsYear, endsYear));
        return plans.saveAndFlush(plan).summary();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public PrioritySummary addPriority(PriorityEdit edit) {
        PriorityEdit clean = validated(edit);
        List<PlanPriority> all = priorities.findAll();
        String id = SetupChecks.newId(clean.name(), all.stream().map(PlanPriority::id).toList());
        int position = all.stream().mapToInt(PlanPriority::position).max().orElse(-1) + 1;
        PlanPriority priority = priorities.saveAndFlush(new PlanPriority(id, clean.plan(), clean.group(), clean.name(),
                clean.ambition(), position));
        audit("priority " + id + " added", clean.name());
        return priority.summary();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public PrioritySummary updatePriority(PriorityEdit edit) {
        PlanPriority priority = current(edit.id(), edit.version());
        PriorityEdit clean = validated(edit);
        priority.edit(clean.plan(), clean.group(), clean.name(), clean.ambition());
        audit("priority " + edit.id() + " changed", clean.name());
        return priorities.saveAndFlush(priority).summary();
    }

    /** Moves a priority one place up ({@code -1}) or down ({@code +1}) among all priorities. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<PrioritySummary> move(String priorityId, long version, int step) {
        current(priorityId, version);
        List<PlanPriority> order = new ArrayList<>(priorities.findAllByOrderByPositionAsc());
        int from = order.indexOf(order.stream().filter(p -> p.id().equals(priorityId)).findFirst().orElseThrow());
        int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(step)));
        order.add(to, order.remove(from));
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i);
        }
        priorities.saveAllAndFlush(order);
        audit("priority " + priorityId + " moved", from + " -> " + to);
        return order.stream().map(PlanPriority::summary).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public PrioritySummary retirePriority(String priorityId, long version) {
        PlanPriority priority = current(priorityId, version);
        priority.retire();
        audit("priority " + priorityId + " retired", null);
        return priorities.saveAndFlush(priority).summary();
    }

    private PlanPriority current(String priorityId, long version) {
        PlanPriority priority = priorities.findById(priorityId == null ? "" : priorityId)
                .orElseThrow(() -> new TranslatableException("setup.error.not-found"));
        SetupChecks.sameVersion(priority.version(), version);
        if (priority.retired()) {
            throw new TranslatableException("setup.error.retired");
        }
        return priority;
    }

    private PriorityEdit validated(PriorityEdit edit) {
        String plan = edit.plan() == null ? "" : edit.plan().strip();
        if (!plans.existsById(plan)) {
            throw new TranslatableException("setup.error.unknown-plan", plan);
        }
        String group = edit.group() == null ? "" : edit.group().strip();
        if (group.length() > SetupChecks.NAME_MAX) {
            throw new TranslatableException("setup.error.name-too-long", SetupChecks.NAME_MAX);
        }
        String ambition = edit.ambition() == null ? "" : edit.ambition().strip();
        if (ambition.length() > TEXT_MAX) {
            throw new TranslatableException("setup.error.text-too-long", TEXT_MAX);
        }
        return new PriorityEdit(edit.id(), edit.version(), plan, group, SetupChecks.name(edit.name()), ambition);
    }

    private static void checkPeriod(Integer starts, Integer ends) {
        for (Integer year : new Integer[] {starts, ends}) {
            if (year != null && (year < EARLIEST_YEAR || year > LATEST_YEAR)) {
                throw new TranslatableException("setup.error.year-invalid", EARLIEST_YEAR, LATEST_YEAR);
            }
        }
        if (starts != null && ends != null && ends < starts) {
            throw new TranslatableException("setup.error.period-backwards");
        }
    }

    private static String period(Integer starts, Integer ends) {
        return (starts == null ? "?" : starts) + "-" + (ends == null ? "?" : ends);
    }

    private void audit(String target, String detail) {
        events.publishEvent(new Audited(AuditActions.SETUP_CHANGED, target, detail));
    }
}
