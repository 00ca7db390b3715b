package org.tellus.base;

import org.junit.jupiter.api.Test;
import org.tellus.base.database.DatabaseSettings;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTest {

    private static DatabaseSettings database(String url) {
        return new DatabaseSettings(url, "u", "p", Path.of("data"), "tellus", 10);
    }

    @Test
    void theDemoIsOnWithTheEmbeddedDatabaseAndOffWithAnExternalOne() {
        assertThat(new DemoMode(database(""), "").enabled()).isTrue();
        assertThat(new DemoMode(database(null), null).enabled()).isTrue();
        assertThat(new DemoMode(database("jdbc:mariadb://db/tellus"), "").enabled()).isFalse();
    }

    @Test
    void theSettingDecidesWhenGiven() {
        assertThat(new DemoMode(database("jdbc:mariadb://db/tellus"), "true").enabled()).isTrue();
        assertThat(new DemoMode(database(""), " false ").enabled()).isFalse();
    }
}
