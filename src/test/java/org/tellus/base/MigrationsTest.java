package org.tellus.base;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.IntegrationTest;

import java.util.Arrays;

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

    @Test
    void theDefaultTaxonomyIsSeeded() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM theme", Integer.class)).isEqualTo(18);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area", Integer.class)).isEqualTo(21);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_priority", Integer.class)).isEqualTo(18);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM theme_priority", Integer.class)).isGreaterThan(18);
    }
}
