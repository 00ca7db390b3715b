package org.tellus.tagging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tellus.plan.ThemesMerged;

/**
 * Moves the machine's tags of a merged theme (on answers and on forum posts) onto the theme it was merged into, inside the merge's transaction (a
 * plain, synchronous listener). An answer that carried both keeps one tag: the more confident of the two, with its
 * explanation and model version.
 */
@Component
class MachineTagsMerge {

    private final JdbcTemplate jdbc;

    MachineTagsMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ThemesMerged merged) {
        move(merged, "machine_tag", "answer_id");
        move(merged, "post_machine_tag", "post_id");
    }

    /** The same three steps for the answers' and the forum posts' tags (table and key are constants above). */
    private void move(ThemesMerged merged, String table, String key) {
        // Explanation and version are assigned before confidence: MariaDB applies the SET list left to right.
        jdbc.update("UPDATE " + table + " i JOIN " + table + " f ON f." + key + " = i." + key + " AND f.theme_id = ?"
                + """
                 SET i.explanation = IF(f.confidence > i.confidence, f.explanation, i.explanation),
                    i.model_version = IF(f.confidence > i.confidence, f.model_version, i.model_version),
                    i.confidence = GREATEST(i.confidence, f.confidence)
                WHERE i.theme_id = ?""", merged.fromThemeId(), merged.intoThemeId());
        jdbc.update("DELETE f FROM " + table + " f JOIN " + table + " i ON i." + key + " = f." + key
                + " AND i.theme_id = ? WHERE f.theme_id = ?", merged.intoThemeId(), merged.fromThemeId());
        jdbc.update("UPDATE " + table + " SET theme_id = ? WHERE theme_id = ?", merged.intoThemeId(), merged.fromThemeId());
    }
}
