package org.tellus.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A council plan and its period; its priorities name it (the taxonomy file's "plan" column). */
@Entity
@Table(name = "council_plan")
class CouncilPlan {

    @Id
    private String name;
    @Column(name = "starts_year")
    private Integer startsYear;
    @Column(name = "ends_year")
    private Integer endsYear;
    @Version
    private long version;

    protected CouncilPlan() {
    }

    CouncilPlan(String name, Integer startsYear, Integer endsYear) {
        this.name = name;
        this.startsYear = startsYear;
        this.endsYear = endsYear;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    void period(Integer starts, Integer ends) {
        startsYear = starts;
        endsYear = ends;
    }

    PlanSummary summary() {
        return new PlanSummary(name, startsYear, endsYear, version);
    }
}
