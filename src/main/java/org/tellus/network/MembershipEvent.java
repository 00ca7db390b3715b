package org.tellus.network;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A line in the membership log: never changed once written. */
@Entity
@Table(name = "membership_event")
class MembershipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long networkId;
    private long userId;
    @Enumerated(EnumType.STRING)
    private MembershipAction action;
    private Long actorId;
    private String reason;
    private Instant createdAt;

    protected MembershipEvent() {
    }

    MembershipEvent(long networkId, long userId, MembershipAction action, Long actorId, String reason, Instant at) {
        this.networkId = networkId;
        this.userId = userId;
        this.action = action;
        this.actorId = actorId;
        this.reason = reason;
        this.createdAt = at;
    }

    long userId() {
        return userId;
    }

    MembershipAction action() {
        return action;
    }

    Long actorId() {
        return actorId;
    }

    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }
}
