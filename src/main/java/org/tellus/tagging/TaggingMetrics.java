package org.tellus.tagging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The tagging backlog for the Prometheus metrics: answers and forum posts waiting for the active model. */
@Component
class TaggingMetrics {

    TaggingMetrics(MeterRegistry meters, TaggingQueue answers, PostTaggingQueue posts, ModelStore models) {
        Gauge.builder("tellus.tagging.backlog", () -> models.activeVersion().map(answers::pendingCount).orElse(0L))
                .tag("kind", "answers").description("Free-text answers waiting for the active model").register(meters);
        Gauge.builder("tellus.tagging.backlog", () -> models.activeVersion().map(posts::pendingCount).orElse(0L))
                .tag("kind", "posts").description("Forum posts waiting for the active model").register(meters);
    }
}
