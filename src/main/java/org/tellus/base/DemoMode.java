package org.tellus.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tellus.base.database.DatabaseSettings;

/**
 * Whether to load the demo (users, consultation, networks): on by default with the embedded database, off with an
 * external one; {@code TELLUS_DEMO_DATA=true|false} decides otherwise. One rule for every feature's demo data.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(DatabaseSettings database, @Value("${tellus.demo-data:}") String setting) {
        this.enabled = setting == null || setting.isBlank() ? !database.isExternal() : Boolean.parseBoolean(setting.strip());
    }

    public boolean enabled() {
        return enabled;
    }
}
