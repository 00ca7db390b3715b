package org.tellus.consultation;

import java.util.Set;

/**
 * Published when a network survey opens, or when networks are added to an open one: {@code networkIds} are the
 * networks whose members should hear of it. Listeners act after the officer's change has committed.
 */
public record NetworkSurveyOpened(long consultationId, String title, Set<Long> networkIds) {

    public NetworkSurveyOpened {
        networkIds = Set.copyOf(networkIds);
    }
}
