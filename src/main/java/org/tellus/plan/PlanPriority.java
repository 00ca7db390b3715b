package org.tellus.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One priority of a council plan (e.g. "A healthy and happy place"). A retired priority keeps its row and its
 * themes' mapping, so old reports and answers still name it; it is no longer offered for new consultations.
 */
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
    private boolean retired;
    @Version
    private long version;

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

    String id() {
        return id;
    }

    String plan() {
        return plan;
    }

    boolean retired() {
        return retired;
    }

    long version() {
        return version;
    }

    int position() {
        return position;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    void edit(String newPlan, String newGroup, String newName, String newAmbition) {
        plan = newPlan;
        group = newGroup;
        name = newName;
        ambition = newAmbition;
    }

    void renamePlan(String newPlan) {
        plan = newPlan;
    }

    void retire() {
        retired = true;
    }

    PrioritySummary summary() {
        return new PrioritySummary(id, plan, group, name, ambition, retired, version);
    }
}
