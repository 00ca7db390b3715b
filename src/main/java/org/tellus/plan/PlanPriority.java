package org.tellus.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One priority of a council plan (e.g. "A healthy and happy Stockport"). */
@Entity
@Table(name = "plan_priority")
class PlanPriority {

    @Id
    private String id;
    @Column(name = "plan_name")
    private String plan;
    @Column(name = "group_name")
    private String group;
    private String name;
    private String ambition;
    private int position;

    protected PlanPriority() {
    }

    PlanPriority(String id, String plan, String group, String name, String ambition, int position) {
        this.id = id;
        this.plan = plan;
        this.group = group;
        this.name = name;
        this.ambition = ambition;
        this.position = position;
    }

    PrioritySummary summary() {
        return new PrioritySummary(id, plan, group, name, ambition);
    }
}
