package org.tellus.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tellus.plan.PrioritySummary;
import org.tellus.plan.ThemeSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The equity lens by network forum: for each network whose forum takes part in analysis, the share of the people
 * posting there whose posts carry a theme, against the people posting in the other networks. The unit is a person,
 * not a post, so that ten posts by one member never make a shown cell. Only live posts count (not deleted, not
 * hidden by a facilitator), tagged by the machine (officers review survey answers, not posts). Invitation-only
 * networks are left out: naming them to anyone outside would break their promise of not being seen. Someone who
 * posts in two networks counts in each of them (decision 011). Of the filters only the dates apply. The same posts
 * are also counted as a source of their own beside the answers ({@link #themes}, decision 034).
 */
@Component
class ForumLens {

    private static final String LIVE_POSTS = """
             FROM forum_post p
            JOIN network n ON n.id = p.network_id AND n.forum_in_analysis = TRUE AND n.visibility <> 'INVITATION_ONLY'
            JOIN post_tagging t ON t.post_id = p.id
            """;

    private final JdbcClient jdbc;

    ForumLens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    GroupComparison compare(InsightFilter filter, List<ThemeSummary> taxonomy) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        List<GroupComparisons.GroupSize> groups = new ArrayList<>();
        jdbc.sql("SELECT n.id, n.name, COUNT(DISTINCT p.author_id)" + LIVE_POSTS + where
                        + " GROUP BY n.id, n.name ORDER BY n.name").params(args.toArray()).query(rs -> {
                    groups.add(new GroupComparisons.GroupSize(rs.getString(1), rs.getString(2), rs.getLong(3)));
                });
        Map<String, Long> hits = new HashMap<>();
        jdbc.sql("SELECT mt.theme_id, n.id, COUNT(DISTINCT p.author_id)" + LIVE_POSTS
                        + " JOIN post_machine_tag mt ON mt.post_id = p.id" + where + " GROUP BY mt.theme_id, n.id")
                .params(args.toArray()).query(rs -> {
                    hits.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
                });
        List<GroupComparisons.ThemeLine> themes = new ArrayList<>();
        for (ThemeSummary theme : taxonomy) {
            long[] line = groups.stream().mapToLong(g -> hits.getOrDefault(theme.id() + "\n" + g.code(), 0L)).toArray();
            if (!theme.retired() || Arrays.stream(line).anyMatch(n -> n > 0)) {
                themes.add(new GroupComparisons.ThemeLine(theme.id(), theme.name(), line));
            }
        }
        return GroupComparisons.compare(GroupComparison.NETWORK_FORUM, groups, themes);
    }

    /** Live posts (not deleted, not hidden, with an author) in the filter's dates; the only filter that applies. */
    private static String where(InsightFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE p.deleted_at IS NULL AND p.hidden = FALSE AND p.author_id IS NOT NULL");
        if (filter.from() != null) {
            where.append(" AND p.created_at >= ?");
            args.add(ResponseQuery.startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND p.created_at < ?");
            args.add(ResponseQuery.startOf(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    /**
     * The forums as a source beside the answers: people per theme and per priority, over every network taking part
     * and per network. Read as (network, person, theme) triples, which forum volumes keep small.
     */
    ForumThemes themes(InsightFilter filter, List<ThemeSummary> taxonomy, List<PrioritySummary> priorities) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Map<String, String> networkNames = new TreeMap<>();
        Map<String, Set<Long>> peopleByNetwork = new HashMap<>();
        jdbc.sql("SELECT DISTINCT n.id, n.name, p.author_id" + LIVE_POSTS + where).params(args.toArray()).query(rs -> {
            networkNames.put(rs.getString(1), rs.getString(2));
            peopleByNetwork.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(3));
        });
        // theme -> network -> people
        Map<String, Map<String, Set<Long>>> hits = new HashMap<>();
        jdbc.sql("SELECT DISTINCT mt.theme_id, n.id, p.author_id" + LIVE_POSTS + " JOIN post_machine_tag mt ON mt.post_id = p.id"
                + where).params(args.toArray()).query(rs -> {
                    hits.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getLong(3));
                });
        Set<Long> everyone = union(peopleByNetwork.values());
        List<ThemeCounts.ThemeCount> themes = counts(taxonomy, everyone.size(), id -> union(hits.getOrDefault(id, Map.of()).values()));
        List<PriorityReach> reach = new ArrayList<>();
        for (PrioritySummary priority : priorities) {
            List<ThemeSummary> mapped = taxonomy.stream().filter(t -> !t.retired() && t.priorityIds().contains(priority.id())).toList();
            Set<Long> people = union(mapped.stream().flatMap(t -> hits.getOrDefault(t.id(), Map.of()).values().stream()).toList());
            reach.add(new PriorityReach(priority.id(), priority.name(), mapped.stream().map(ThemeSummary::name).toList(),
                    CellCount.of(people.size())));
        }
        List<ForumThemes.Network> networks = new ArrayList<>();
        networkNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(network -> {
            int size = peopleByNetwork.get(network.getKey()).size();
            networks.add(new ForumThemes.Network(network.getValue(), CellCount.of(size), counts(taxonomy, size,
                    id -> hits.getOrDefault(id, Map.of()).getOrDefault(network.getKey(), Set.of()))));
        });
        return new ForumThemes(CellCount.of(everyone.size()), themes, reach, networks);
    }

    /** Each theme's people of a base, suppressed under 10; shares only where both are shown. */
    private static List<ThemeCounts.ThemeCount> counts(List<ThemeSummary> taxonomy, long base,
                                                       Function<String, Set<Long>> people) {
        CellCount baseCell = CellCount.of(base);
        List<ThemeCounts.ThemeCount> counts = new ArrayList<>();
        for (ThemeSummary theme : taxonomy) {
            int n = people.apply(theme.id()).size();
            if (theme.retired() && n == 0) {
                continue;
            }
            CellCount cell = CellCount.of(n);
            counts.add(new ThemeCounts.ThemeCount(theme.id(), theme.name(), cell,
                    cell.suppressed() || baseCell.suppressed() ? OptionalDouble.empty() : OptionalDouble.of((double) n / base)));
        }
        return counts;
    }

    private static Set<Long> union(Collection<Set<Long>> sets) {
        Set<Long> all = new HashSet<>();
        sets.forEach(all::addAll);
        return all;
    }
}
