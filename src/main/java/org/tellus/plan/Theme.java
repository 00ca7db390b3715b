package org.tellus.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A theme of the taxonomy that free text is tagged with, mapped to the plan priorities it bears on. A retired theme
 * keeps its row and its tags, so past counts and exports still show it; it is no longer trained on or suggested.
 */
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

    /** Example statements officers give the theme; the tagger learns them as labelled examples. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "theme_example", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> examples = new ArrayList<>();

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

    String id() {
        return id;
    }

    boolean retired() {
        return retired;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }

    void edit(ThemeEdit edit) {
        name = edit.name();
        description = edit.description();
        keywords = String.join(";", edit.keywords());
        examples.clear();
        examples.addAll(edit.examples());
        priorityIds.clear();
        priorityIds.addAll(edit.priorityIds());
    }

    /** Takes on a merged theme's keywords, examples and priorities, so the one theme left covers both. */
    void absorb(Theme other) {
        LinkedHashSet<String> words = new LinkedHashSet<>(keywordList());
        words.addAll(other.keywordList());
        keywords = String.join(";", words);
        other.examples.stream().filter(e -> !examples.contains(e)).forEach(examples::add);
        priorityIds.addAll(other.priorityIds);
    }

    void retire() {
        retired = true;
    }

    private List<String> keywordList() {
        return Arrays.stream(keywords.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ThemeSummary summary() {
        return new ThemeSummary(id, name, description, keywordList(), List.copyOf(priorityIds), retired,
                List.copyOf(examples), version);
    }
}
