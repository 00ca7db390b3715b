package org.tellus.report;

import java.util.Set;

/**
 * A consultation's results changed for its readers: a report version was published, or a "we did" entry was
 * written or updated. Published after the change commits; the notification feature tells the people concerned.
 *
 * @param networkIds the networks a network survey was sent to (their members were asked); empty for a public one
 */
public record ResultsChanged(long consultationId, String title, Set<Long> networkIds, Change change) {

    public enum Change {
        PUBLISHED, WE_DID_UPDATED
    }

    public ResultsChanged {
        networkIds = Set.copyOf(networkIds);
    }
}
