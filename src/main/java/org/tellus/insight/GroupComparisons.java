package org.tellus.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Builds a {@link GroupComparison} from raw counts: suppression first, statistics only on what survives it, so a
 * hidden cell never feeds a shown test. Pure, no Spring: the statistics are tested with hand-computed cases.
 */
public final class GroupComparisons {

    private GroupComparisons() {
    }

    /** One theme's responses in each group, in the order of the groups. */
    public record ThemeLine(String themeId, String themeName, long[] hits) {
    }

    /** A group as counted: code, name (or null) and how many respondents are in it. */
    public record GroupSize(String code, String name, long respondents) {
    }

    /**
     * A comparison is shown only when all four cells of its two-by-two table (group with and without the
     * theme, everyone else with and without) are 10 or more and none is hidden to protect another line's cell.
     */
    public static GroupComparison compare(String dimension, List<GroupSize> groups, List<ThemeLine> themes) {
        long[] sizes = groups.stream().mapToLong(GroupSize::respondents).toArray();
        long total = sum(sizes);
        List<CellCount> sizeCells = CellCount.line(sizes);
        List<GroupComparison.Group> shownGroups = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            shownGroups.add(new GroupComparison.Group(groups.get(g).code(), groups.get(g).name(), sizeCells.get(g)));
        }

        List<GroupComparison.Comparison> comparisons = new ArrayList<>();
        List<double[]> tested = new ArrayList<>(); // {index in comparisons, z, p}
        for (ThemeLine theme : themes) {
            long[] misses = new long[sizes.length];
            for (int g = 0; g < sizes.length; g++) {
                misses[g] = sizes[g] - theme.hits()[g];
            }
            boolean[] hitsHidden = SmallCells.hidden(theme.hits());
            boolean[] missesHidden = SmallCells.hidden(misses);
            long themeTotal = sum(theme.hits());
            for (int g = 0; g < sizes.length; g++) {
                long hits = theme.hits()[g];
                long otherHits = themeTotal - hits;
                long otherSize = total - sizes[g];
                boolean shown = !sizeCells.get(g).suppressed() && !hitsHidden[g] && !missesHidden[g]
                        && otherHits >= CellCount.MINIMUM_RESPONDENTS
                        && otherSize - otherHits >= CellCount.MINIMUM_RESPONDENTS;
                String code = groups.get(g).code();
                if (!shown) {
                    comparisons.add(GroupComparison.Comparison.suppressed(theme.themeId(), theme.themeName(), code));
                    continue;
                }
                Proportions.ZTest test = Proportions.twoProportionZTest(hits, sizes[g], otherHits, otherSize);
                tested.add(new double[] {comparisons.size(), test.z(), test.pValue()});
                comparisons.add(new GroupComparison.Comparison(theme.themeId(), theme.themeName(), code,
                        CellCount.of(hits), OptionalDouble.of((double) hits / sizes[g]),
                        OptionalDouble.of((double) otherHits / otherSize), OptionalDouble.of(test.z()),
                        OptionalDouble.empty(), GroupComparison.Finding.NO_CLEAR_DIFFERENCE));
            }
        }

        double[] adjusted = Proportions.holmAdjusted(tested.stream().mapToDouble(t -> t[2]).toArray());
        for (int i = 0; i < tested.size(); i++) {
            int index = (int) tested.get(i)[0];
            double z = tested.get(i)[1];
            GroupComparison.Comparison c = comparisons.get(index);
            GroupComparison.Finding finding = adjusted[i] > GroupComparison.SIGNIFICANCE_LEVEL
                    ? GroupComparison.Finding.NO_CLEAR_DIFFERENCE
                    : z > 0 ? GroupComparison.Finding.HIGHER : GroupComparison.Finding.LOWER;
            comparisons.set(index, new GroupComparison.Comparison(c.themeId(), c.themeName(), c.groupCode(),
                    c.responses(), c.groupShare(), c.othersShare(), c.z(), OptionalDouble.of(adjusted[i]), finding));
        }
        return new GroupComparison(dimension, CellCount.of(total), shownGroups, comparisons);
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum;
    }
}
