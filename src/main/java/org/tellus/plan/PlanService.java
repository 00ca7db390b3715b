package org.tellus.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.security.Roles;

import java.util.List;

/**
 * The plan, its priorities, themes and areas. Reading them is public: a resident picks an area or
 * ranks the priorities on a consultation page.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final AreaRepository areas;
    private final PlanPriorityRepository priorities;
    private final ThemeRepository themes;
    private final CouncilPlanRepository plans;

    PlanService(AreaRepository areas, PlanPriorityRepository priorities, ThemeRepository themes,
                CouncilPlanRepository plans) {
        this.plans = plans;
        this.areas = areas;
        this.priorities = priorities;
        this.themes = themes;
    }

    /** Every area, retired ones included: old responses name them and past counts keep them. */
    @PreAuthorize(Roles.ANYONE)
    public List<AreaSummary> areas() {
        return areas.findAllByOrderByPositionAsc().stream().map(Area::summary).toList();
    }

    /** The areas a resident may pick now: none retired or merged. */
    @PreAuthorize(Roles.ANYONE)
    public List<AreaSummary> activeAreas() {
        return areas().stream().filter(a -> !a.retired()).toList();
    }

    /** The priorities a new consultation may ask about now: none retired. */
    @PreAuthorize(Roles.ANYONE)
    public List<PrioritySummary> activePriorities() {
        return priorities().stream().filter(p -> !p.retired()).toList();
    }

    @PreAuthorize(Roles.ANYONE)
    public List<PlanSummary> plans() {
        return plans.findAllByOrderByNameAsc().stream().map(CouncilPlan::summary).toList();
    }

    /** Every priority, retired ones included: old reports and answers name them. */
    @PreAuthorize(Roles.ANYONE)
    public List<PrioritySummary> priorities() {
        return priorities.findAllByOrderByPositionAsc().stream().map(PlanPriority::summary).toList();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<ThemeSummary> themes() {
        return themes.findAllByOrderByPositionAsc().stream().map(Theme::summary).toList();
    }

    @PreAuthorize(Roles.ANYONE)
    public boolean isArea(String areaId) {
        return areaId != null && areas.existsById(areaId);
    }
}
