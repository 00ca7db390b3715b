package org.tellus.response;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts responses stored for good (after their transaction committed), for the Prometheus metrics. */
@Component
class SubmissionMetrics {

    private final Counter submitted;

    SubmissionMetrics(MeterRegistry meters) {
        this.submitted = Counter.builder("tellus.responses.submitted")
                .description("Responses stored by this instance (submitted, entered or imported)").register(meters);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void count(ResponseSubmitted event) {
        submitted.increment();
    }
}
