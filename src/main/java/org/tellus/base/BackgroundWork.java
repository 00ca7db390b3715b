package org.tellus.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;

/**
 * Whether the background workers run: the tagger, the retrainer, the insight summary's sweep, the daily digest and
 * the outbox. On in the product ({@code tellus.background.enabled}, default true). Tests switch them off, so that
 * no worker of any cached Spring context races a test on the shared database, and call a worker's method
 * themselves when they test it (decision 021).
 */
@Component
public class BackgroundWork {

    private final boolean enabled;

    BackgroundWork(@Value("${tellus.background.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    /** False when the workers are off: an event listener that would start one then does nothing. */
    public boolean enabled() {
        return enabled;
    }

    /** Schedules and threads exist only when the workers are on. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "tellus.background.enabled", havingValue = "true", matchIfMissing = true)
    @EnableAsync
    @EnableScheduling
    static class Switch {
    }
}
