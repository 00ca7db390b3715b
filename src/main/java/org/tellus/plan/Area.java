package org.tellus.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A ward or neighbourhood that a response may be placed in. A retired (or merged) area keeps its row: old responses
 * name it and past reports count it; it is only no longer offered.
 */
@Entity
@Table(name = "area")
class Area {

    @Id
    private String id;
    private String name;
    /** An official code such as the ONS ward code (E05000xxx), if the council has one. */
    private String code;
    private int position;
    private boolean retired;
    @Column(name = "merged_into")
    private String mergedInto;
    @Version
    private long version;

    protected Area() {
    }

    Area(String id, String name, int position) {
        this(id, name, null, position);
    }

    Area(String id, String name, String code, int position) {
        this.id = id;
        this.name = name;
        this.code = code;
        this.position = position;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
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

    void rename(String newName, String newCode) {
        name = newName;
        code = newCode;
    }

    void retire() {
        retired = true;
    }

    void mergeInto(Area other) {
        retired = true;
        mergedInto = other.id;
    }

    AreaSummary summary() {
        return new AreaSummary(id, name, code, retired, mergedInto, version);
    }
}
