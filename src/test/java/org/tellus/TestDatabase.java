package org.tellus;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts each test run from an empty schema: CI's MariaDB is shared and kept between runs. Cleaned once per
 * JVM, so the Spring contexts that the test run caches share one database; tests make their own data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
