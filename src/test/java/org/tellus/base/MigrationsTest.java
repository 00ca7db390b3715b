package org.tellus.base;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.IntegrationTest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MigrationsTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationIsAppliedToMariaDb() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed())).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("MariaDB");
    }

    /**
     * Every row of the shipped taxonomy is there, with each theme mapped to its priorities. Other tests add themes
     * of their own (and may retire some), so the tables hold at least these rows, not exactly these.
     */
    @Test
    void theDefaultTaxonomyIsSeeded() throws IOException {
        assertThat(jdbc.queryForList("SELECT id FROM theme", String.class)).containsAll(ids("themes.csv"));
        assertThat(jdbc.queryForList("SELECT id FROM area", String.class)).containsAll(ids("areas.csv"));
        assertThat(jdbc.queryForList("SELECT id FROM plan_priority", String.class)).containsAll(ids("plan-priorities.csv"));
        for (CSVRecord theme : rows("themes.csv")) {
            assertThat(jdbc.queryForList("SELECT priority_id FROM theme_priority WHERE theme_id = ?", String.class,
                    theme.get("id"))).as("priorities of " + theme.get("id"))
                    .containsAll(Arrays.stream(theme.get("priorities").split(";")).map(String::strip).toList());
        }
    }

    private static List<String> ids(String file) throws IOException {
        return rows(file).stream().map(r -> r.get("id")).toList();
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        try (Reader in = new InputStreamReader(new ClassPathResource("taxonomy/" + file).getInputStream(), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).as(file).isNotEmpty();
            return rows;
        }
    }
}
