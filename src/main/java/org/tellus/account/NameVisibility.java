package org.tellus.account;

import java.util.Collection;
import java.util.Set;

/**
 * Whose display names a signed-in resident may see, told by the features that show people to each other (a network
 * shows its members and facilitators). The account feature asks every such bean and knows none of them, so it
 * depends on no feature; a name nobody vouches for stays hidden from residents.
 */
public interface NameVisibility {

    /** Those of {@code userIds} whose names {@code callerId} may see. */
    Set<Long> visibleTo(long callerId, Collection<Long> userIds);
}
