package org.tellus.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.tellus.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code tellus.background.enabled=false} (the tests' setting) no worker is scheduled, whatever else would
 * switch scheduling on (Spring Modulith's Moments did): else a worker of a cached context races the tests.
 */
@IntegrationTest
class BackgroundWorkTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BackgroundWork background;

    @Test
    void noWorkerIsScheduledWhenTheBackgroundIsOff() {
        assertThat(background.enabled()).isFalse();
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
                .flatMap(ScheduledTaskHolder::getScheduledTasks).as("scheduled tasks").isEmpty();
    }
}
