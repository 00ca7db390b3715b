package org.tellus.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tellus.plan.ThemeSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The equity lens by network forum: for each network whose forum takes part in analysis, the share of the people
 * posting there whose posts carry a theme, against the people posting in the other networks. The unit is a person,
 * not a post, so that ten posts by one member never make a shown cell. Only live posts count (not deleted, not
 * hidden by a facilitator), tagged by the machine (officers review survey answers, not posts). Invitation-only
 * networks are left out: naming them to anyone outside would break their promise of not being seen. Someone who
 * posts in two networks counts in each of them (decision 011). Of the filters only the dates apply.
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
        StringBuilder where = new StringBuilder(" WHERE p.deleted_at IS NULL AND p.hidden = FALSE AND p.author_id IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (filter.from() != null) {
            where.append(" AND p.created_at >= ?");
            args.add(ResponseQuery.startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND p.created_at < ?");
            args.add(ResponseQuery.startOf(filter.to().plusDays(1)));
        }
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
}
