package org.tellus.plan;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Names of a test's own for the set-up tests (every test shares the taxonomy), and the clean-up afterwards: rows
 * that a test's responses still name stay (retired), as they would in a council's history.
 */
public final class SetupFixture {

    private final JdbcTemplate jdbc;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public SetupFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A name no other test uses: "{@code what} 1a2b3c4d". */
    public String name(String what) {
        return what + " " + tag;
    }

    /** An id no other test uses: "{@code what}-1a2b3c4d". */
    public String id(String what) {
        return what + "-" + tag;
    }

    public String tag() {
        return tag;
    }

    /** Takes away every row whose id or name carries this fixture's tag, and that nothing else names. */
    public void remove() {
        String like = "%" + tag + "%";
        jdbc.update("DELETE FROM theme_priority WHERE theme_id LIKE ? OR priority_id LIKE ?", like, like);
        jdbc.update("DELETE FROM theme_example WHERE theme_id LIKE ?", like);
        List<String> themes = jdbc.queryForList("SELECT id FROM theme WHERE id LIKE ?", String.class, like);
        themes.forEach(id -> quietly("DELETE FROM theme WHERE id = ?", id));
        jdbc.update("DELETE FROM plan_priority WHERE id LIKE ?", like);
        jdbc.update("DELETE FROM council_plan WHERE name LIKE ?", like);
        for (String id : jdbc.queryForList("SELECT id FROM area WHERE id LIKE ?", String.class, like)) {
            quietly("DELETE FROM area WHERE id = ?", id);
        }
    }

    private void quietly(String sql, String id) {
        try {
            jdbc.update(sql, id);
        } catch (DataIntegrityViolationException stillNamed) {
            // A response or tag of the test names it: it stays, retired or not, like history does.
        }
    }

    /** How many audit entries of set-up name this target. */
    public long audited(String action, String target) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target = ?", Long.class,
                action, target);
    }

    public List<String> tagged(String table) {
        return new ArrayList<>(jdbc.queryForList("SELECT id FROM " + table + " WHERE id LIKE ?", String.class,
                "%" + tag + "%"));
    }
}
