package org.tellus.base.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set when there is no database, instead of a stack trace (registered in META-INF/spring.factories). */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        return new FailureAnalysis(
                "Tellus has no database: TELLUS_DB_URL is not set, and this build (made with -Pproduction, as the"
                        + " Docker image is) leaves the embedded MariaDB out.",
                "Set TELLUS_DB_URL (e.g. jdbc:mariadb://db.example:3306/tellus), TELLUS_DB_USER and TELLUS_DB_PASSWORD"
                        + " to a MariaDB 10.6 or newer; or build without -Pproduction to get the embedded database.",
                cause);
    }
}
