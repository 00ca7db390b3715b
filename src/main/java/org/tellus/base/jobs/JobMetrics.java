package org.tellus.base.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The background job queue for the Prometheus metrics: jobs in each state, across all instances. */
@Component
class JobMetrics {

    JobMetrics(MeterRegistry meters, Jobs jobs) {
        for (JobStatus.Status status : JobStatus.Status.values()) {
            Gauge.builder("tellus.jobs", () -> jobs.counts().get(status)).tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Background jobs by state").register(meters);
        }
    }
}
