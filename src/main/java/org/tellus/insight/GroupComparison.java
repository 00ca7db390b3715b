package org.tellus.insight;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The equity lens for one way of grouping respondents (their area, or their answer to one equality-monitoring
 * question): for each theme and group, the group's share of responses mentioning the theme against everyone
 * else's who answered, a two-proportion z-test, and Holm-adjusted p-values across every comparison shown.
 *
 * @param dimension {@link #AREA}, {@link #NETWORK_FORUM} or an item of {@code EqualityMonitoring.ITEMS}
 * @param respondents the responses whose free text was read and whose group is known: the base of every share
 */
public record GroupComparison(String dimension, CellCount respondents, List<Group> groups, List<Comparison> comparisons) {

    /** The dimension of areas (equality items are named by their code). */
    public static final String AREA = "area";
    /** The dimension of network forums: people posting in each network that takes part in analysis. */
    public static final String NETWORK_FORUM = "network-forum";
    /** Holm-adjusted p-values at or under this are reported as a difference. */
    public static final double SIGNIFICANCE_LEVEL = 0.05;

    /** A group: its code (an area id or an equality answer), its name where the data has one, its size. */
    public record Group(String code, String name, CellCount respondents) {
    }

    /** What the comparison found, in words the view shows (never colour alone). */
    public enum Finding {
        HIGHER, LOWER, NO_CLEAR_DIFFERENCE, SUPPRESSED
    }

    /**
     * One theme in one group. When suppressed, nothing but the finding is present: no count, share or test.
     *
     * @param responses the group's responses mentioning the theme
     */
    public record Comparison(String themeId, String themeName, String groupCode, CellCount responses,
                             OptionalDouble groupShare, OptionalDouble othersShare, OptionalDouble z,
                             OptionalDouble adjustedP, Finding finding) {

        static Comparison suppressed(String themeId, String themeName, String groupCode) {
            return new Comparison(themeId, themeName, groupCode, CellCount.hidden(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Finding.SUPPRESSED);
        }
    }
}
