package org.tellus.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private Instant createdAt = Instant.now();
    private String preferredLanguage;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, Set<String> roles) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<String> roles() {
        return Set.copyOf(roles);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void replaceRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /** The tag of the language the person chose (such as "cy"), or null. */
    String preferredLanguage() {
        return preferredLanguage;
    }

    void preferLanguage(String tag) {
        preferredLanguage = tag;
    }

    UserSummary summary() {
        return new UserSummary(id, email, displayName, Set.copyOf(roles), createdAt, preferredLanguage);
    }
}
