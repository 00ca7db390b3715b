package org.tellus.insight.summary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the summary counts for one submitted response: its consultation, local day, area ("" for none) and
 * channel, the measures it adds one to ("submitted", "tagged", "theme:id", "priority:id") and its equality-
 * monitoring answers ("item=answer"). Stored as it was counted, so that a recount subtracts exactly this.
 */
record CountedResponse(long consultationId, LocalDate day, String areaId, String channel,
                       SortedSet<String> measures, SortedSet<String> groups) {

    /** The measures the equity lens reads by group: the group's base and its themes. */
    static boolean byGroup(String measure) {
        return Measure.TAGGED.equals(measure) || measure.startsWith(Measure.THEME);
    }

    String measuresText() {
        return String.join(",", measures);
    }

    String groupsText() {
        return String.join(",", groups);
    }

    static SortedSet<String> split(String text) {
        return text.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(text.split(",")));
    }
}
