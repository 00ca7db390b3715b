package org.tellus.tagging;

import org.springframework.context.ApplicationContext;

/** Runs the background tagger now, on the test's thread, since tests switch the background workers off. */
public final class TaggingOnDemand {

    private TaggingOnDemand() {
    }

    /** Tags every answer and forum post that waits for the active model, as the tagger's sweep would. */
    public static void tagPending(ApplicationContext context) {
        context.getBean(BackgroundTagger.class).sweep();
    }
}
