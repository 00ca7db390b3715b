package org.tellus.base.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the data lives. Bound from {@code tellus.db.*}, which application.properties fills from the
 * {@code TELLUS_DB_*} environment variables.
 */
@ConfigurationProperties("tellus.db")
public record DatabaseSettings(
        String url,
        String user,
        String password,
        @DefaultValue("tellus-data/mariadb") Path embeddedDataDir,
        @DefaultValue("tellus") String embeddedDatabase,
        @DefaultValue("10") int poolSize) {

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
