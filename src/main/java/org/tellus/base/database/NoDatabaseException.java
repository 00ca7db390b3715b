package org.tellus.base.database;

/**
 * No database to start with: TELLUS_DB_URL is not set, and this build carries no embedded MariaDB (it was packaged
 * with {@code -Pproduction}, decision 020). {@link NoDatabaseFailureAnalyzer} turns it into a plain message.
 */
class NoDatabaseException extends IllegalStateException {

    NoDatabaseException() {
        super("TELLUS_DB_URL is not set and this build has no embedded MariaDB");
    }
}
