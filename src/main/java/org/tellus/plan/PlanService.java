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

    PlanService(AreaRepository areas, PlanPriorityRepository priorities, ThemeRepository themes) {
        this.areas = areas;
        this.priorities = priorities;
        this.themes = themes;
    }

    @PreAuthorize(Roles.ANYONE)
    public List<AreaSummary> areas() {
        return areas.findAllByOrderByPositionAsc().stream().map(Area::summary).toList();
    }

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
