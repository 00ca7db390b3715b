package org.tellus.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AreaRepository extends JpaRepository<Area, String> {
    List<Area> findAllByOrderByPositionAsc();
}

interface PlanPriorityRepository extends JpaRepository<PlanPriority, String> {
    List<PlanPriority> findAllByOrderByPositionAsc();
}

interface ThemeRepository extends JpaRepository<Theme, String> {
    List<Theme> findAllByOrderByPositionAsc();
}

interface CouncilPlanRepository extends JpaRepository<CouncilPlan, String> {
    List<CouncilPlan> findAllByOrderByNameAsc();
}

interface CouncilRepository extends JpaRepository<Council, Byte> {
}
