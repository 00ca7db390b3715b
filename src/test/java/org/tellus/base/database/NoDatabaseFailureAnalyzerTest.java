package org.tellus.base.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/** A jar without the embedded MariaDB and no TELLUS_DB_URL says what to set, wherever Spring wrapped the cause. */
class NoDatabaseFailureAnalyzerTest {

    @Test
    void namesTheVariablesToSetWhenThereIsNoDatabase() {
        Throwable startFailure = new BeanCreationException("dataSource", "failed", new NoDatabaseException());

        FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(startFailure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("TELLUS_DB_URL is not set").contains("-Pproduction");
        assertThat(analysis.getAction()).contains("TELLUS_DB_URL", "TELLUS_DB_USER", "TELLUS_DB_PASSWORD");
    }

    @Test
    void leavesOtherFailuresToSpringBoot() {
        assertThat(new NoDatabaseFailureAnalyzer().analyze(new IllegalStateException("something else"))).isNull();
    }
}
