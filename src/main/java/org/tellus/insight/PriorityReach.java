package org.tellus.insight;

import java.util.List;

/** A plan priority, the themes mapped to it, and how many responses bear on it (tagged with any of those themes). */
public record PriorityReach(String priorityId, String priorityName, List<String> themeNames, CellCount responses) {
}
