package org.tellus.insight;

import java.util.Set;

/**
 * Which consultations' responses insight counts: one, several, or (an empty set) every consultation, usually
 * narrowed by the filter's date range.
 */
public record InsightScope(Set<Long> consultationIds) {

    public InsightScope {
        consultationIds = Set.copyOf(consultationIds);
    }

    public static InsightScope of(long consultationId) {
        return new InsightScope(Set.of(consultationId));
    }

    public static InsightScope allConsultations() {
        return new InsightScope(Set.of());
    }

    public boolean all() {
        return consultationIds.isEmpty();
    }
}
