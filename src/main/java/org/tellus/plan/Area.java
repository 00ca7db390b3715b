package org.tellus.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ward or neighbourhood that a response may be placed in. */
@Entity
@Table(name = "area")
class Area {

    @Id
    private String id;
    private String name;
    private int position;

    protected Area() {
    }

    Area(String id, String name, int position) {
        this.id = id;
        this.name = name;
        this.position = position;
    }

    AreaSummary summary() {
        return new AreaSummary(id, name);
    }
}
