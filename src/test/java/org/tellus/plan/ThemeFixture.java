package org.tellus.plan;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Themes of a test's own (the seeded taxonomy is shared by every test, so merging or retiring it would change theirs),
 * and answers to tag with them: demo answers the active model has already read, so the background tagger leaves
 * them alone. {@link #remove()} takes the themes and their tags away again.
 */
public final class ThemeFixture {

    private final JdbcTemplate jdbc;
    private final List<String> created = new ArrayList<>();

    public ThemeFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new theme named {@code name}, with keywords "alpha;beta" and mapped to the first plan priority. */
    public String theme(String name) {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO theme (id, name, description, keywords, retired, position, version) VALUES (?, ?, ?, ?, FALSE, 1000, 0)",
                id, name + " " + id, "About " + name, "alpha;beta");
        jdbc.update("INSERT INTO theme_priority (theme_id, priority_id) SELECT ?, id FROM plan_priority ORDER BY position LIMIT 1", id);
        created.add(id);
        return id;
    }

    /** Free-text answers of the demo consultation that the active model has tagged. */
    public List<Long> taggedAnswers(int count) {
        String sql = """
                SELECT t.answer_id FROM answer_tagging t JOIN theme_model m ON m.version = t.model_version AND m.active
                ORDER BY t.answer_id LIMIT ?""";
        Awaitility.await().atMost(Duration.ofSeconds(120))
                .until(() -> jdbc.queryForList(sql, Long.class, count).size() == count);
        return jdbc.queryForList(sql, Long.class, count);
    }

    public void tag(long answerId, String themeId, double confidence) {
        jdbc.update("INSERT INTO machine_tag (answer_id, theme_id, confidence, explanation, model_version) VALUES (?, ?, ?, ?, 'test')",
                answerId, themeId, confidence, "because " + themeId + " " + confidence);
    }

    public void remove() {
        for (String id : created) {
            jdbc.update("DELETE FROM machine_tag WHERE theme_id = ?", id);
            jdbc.update("DELETE FROM theme_priority WHERE theme_id = ?", id);
            jdbc.update("DELETE FROM theme_example WHERE theme_id = ?", id);
            jdbc.update("DELETE FROM theme WHERE id = ?", id);
        }
        created.clear();
    }
}
