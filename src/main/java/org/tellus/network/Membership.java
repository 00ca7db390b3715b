package org.tellus.network;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One person's standing with one network; the row is reused as they come and go. */
@Entity
@Table(name = "membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long networkId;
    private long userId;
    @Enumerated(EnumType.STRING)
    private MembershipStatus status;
    /** What the person wrote when asking to join. */
    private String message;
    /** What the facilitator wrote: the answer to a request, or why a member was removed. */
    private String reason;
    private Long decidedBy;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected Membership() {
    }

    Membership(long networkId, long userId) {
        this.networkId = networkId;
        this.userId = userId;
    }

    void moveTo(MembershipStatus newStatus, String newMessage, String newReason, Long decider) {
        status = newStatus;
        message = newMessage;
        reason = newReason;
        decidedBy = decider;
        updatedAt = Instant.now();
    }

    /** Keeps the person's own message with the row while a facilitator decides. */
    void decide(MembershipStatus newStatus, String answer, Long decider) {
        moveTo(newStatus, message, answer, decider);
    }

    long networkId() {
        return networkId;
    }

    long userId() {
        return userId;
    }

    MembershipStatus status() {
        return status;
    }

    String message() {
        return message;
    }

    String reason() {
        return reason;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
