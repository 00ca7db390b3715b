package org.tellus.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schedules and threads exist only when the background workers are on ({@link BackgroundWork}). A class of its
 * own, found by the component scan, which checks the condition before it registers anything: as a nested class of
 * a component its condition was checked too late, and {@code @EnableScheduling} was imported all the same, so the
 * workers ran in tests that had switched them off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tellus.background.enabled", havingValue = "true", matchIfMissing = true)
@EnableAsync
@EnableScheduling
class BackgroundWorkSwitch {
}
