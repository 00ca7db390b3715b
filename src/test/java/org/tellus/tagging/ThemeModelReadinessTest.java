package org.tellus.tagging;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The instance is not ready while it loads or trains its theme model, and becomes ready once it has it. */
class ThemeModelReadinessTest {

    @Test
    void notReadyWhileTheModelLoadsThenReady() {
        CountDownLatch training = new CountDownLatch(1);
        ThemeModelReadiness readiness = new ThemeModelReadiness(() -> waitFor(training), true, Duration.ofMillis(10));

        readiness.loadAhead();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        training.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness.health().getStatus().equals(Status.UP));
    }

    @Test
    void aFailedLoadIsTriedAgainUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        ThemeModelReadiness readiness = new ThemeModelReadiness(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("the database is not up yet");
            }
        }, true, Duration.ofMillis(10));

        readiness.loadUntilDone();

        assertThat(attempts).hasValue(3);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void withTheBackgroundWorkersOffReadinessDoesNotWaitForAModel() {
        ThemeModelReadiness readiness = new ThemeModelReadiness(() -> {
            throw new AssertionError("nothing is loaded ahead with the workers off");
        }, false, Duration.ofMillis(10));

        readiness.loadAhead();

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aCouncilWithNoTaxonomyYetIsReadyWithoutAModel() {
        ThemeModelReadiness readiness = new ThemeModelReadiness(ThemeModelReadiness.loadWhenThereAreThemes(() -> false,
                () -> {
                    throw new AssertionError("no themes: nothing to train");
                }), true, Duration.ofMillis(10));

        readiness.loadUntilDone();

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
