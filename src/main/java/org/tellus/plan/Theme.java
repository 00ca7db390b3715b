package org.tellus.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A theme of the taxonomy that free text is tagged with, mapped to the plan priorities it bears on. */
@Entity
@Table(name = "theme")
class Theme {

    @Id
    private String id;
    private String name;
    private String description;
    /** Starter keywords, separated by ';' as in the taxonomy file. */
    private String keywords;
    private boolean retired;
    private int position;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "theme_priority", joinColumns = @JoinColumn(name = "theme_id"))
    @Column(name = "priority_id")
    private Set<String> priorityIds = new LinkedHashSet<>();

    protected Theme() {
    }

    Theme(String id, String name, String description, String keywords, Set<String> priorityIds, int position) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.keywords = keywords;
        this.priorityIds = new LinkedHashSet<>(priorityIds);
        this.position = position;
    }

    ThemeSummary summary() {
        List<String> words = Arrays.stream(keywords.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ThemeSummary(id, name, description, words, List.copyOf(priorityIds), retired);
    }
}
