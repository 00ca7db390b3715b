package org.tellus.network;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "network")
class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private boolean forumInAnalysis = true;
    private Instant createdAt = Instant.now();
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_facilitator", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "user_id")
    private Set<Long> facilitatorIds = new HashSet<>();

    protected Network() {
    }

    Network(NetworkForm form, String slug) {
        apply(form, slug);
    }

    void apply(NetworkForm form, String newSlug) {
        slug = newSlug;
        name = form.name().strip();
        description = form.description() == null ? "" : form.description().strip();
        visibility = form.visibility();
        forumInAnalysis = form.forumInAnalysis();
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Visibility visibility() {
        return visibility;
    }

    boolean forumInAnalysis() {
        return forumInAnalysis;
    }

    boolean isFacilitator(long userId) {
        return facilitatorIds.contains(userId);
    }

    Set<Long> facilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    void addFacilitator(long userId) {
        facilitatorIds.add(userId);
    }

    boolean removeFacilitator(long userId) {
        return facilitatorIds.remove(userId);
    }
}
