package org.tellus.response.imports;

import org.springframework.context.ApplicationContext;

/** Runs queued CSV imports now, on the test's thread, since tests switch the background workers off. */
public final class ImportsOnDemand {

    private ImportsOnDemand() {
    }

    /** Runs every waiting (or abandoned) import to its end, as the import runner's poll would. */
    public static void runQueued(ApplicationContext context) {
        context.getBean(ImportRunner.class).runQueued();
    }
}
