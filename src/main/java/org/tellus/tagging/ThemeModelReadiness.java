package org.tellus.tagging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tellus.base.BackgroundWork;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Part of the instance's readiness ({@code themeModel} in the readiness group): the instance reports ready only
 * once it holds the active theme model. On a council's first start that means training the cold-start model, a
 * minute of both cores; a load balancer that sent residents to the instance meanwhile would see their pages time
 * out (docs/reliability.md), so it sends them elsewhere, or waits, until the model is in memory. Loading a model
 * another instance trained takes a second. With the background workers off (tests) nothing is loaded ahead, so
 * readiness does not wait.
 */
@Component("themeModelHealthIndicator") // shown and grouped as "themeModel"
class ThemeModelReadiness implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ThemeModelReadiness.class);
    private final Runnable loadModel;
    private final boolean loadsAhead;
    private final Duration retry;
    private volatile boolean loaded;

    @Autowired
    ThemeModelReadiness(ActiveModel model, BackgroundWork background) {
        this(loadWhenThereAreThemes(model::hasTaxonomy, model::get), background.enabled(), Duration.ofSeconds(10));
    }

    /**
     * A council that has not imported its taxonomy yet has no model to load, and its administrator needs the pages
     * to import one (decision 033): the instance is ready, and the first sweep after the import trains the model.
     */
    static Runnable loadWhenThereAreThemes(BooleanSupplier hasTaxonomy, Runnable load) {
        return () -> {
            if (hasTaxonomy.getAsBoolean()) {
                load.run();
            }
        };
    }

    ThemeModelReadiness(Runnable loadModel, boolean loadsAhead, Duration retry) {
        this.loadModel = loadModel;
        this.loadsAhead = loadsAhead;
        this.retry = retry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAhead() {
        if (loadsAhead) {
            Thread.ofPlatform().name("theme-model-readiness").daemon().start(this::loadUntilDone);
        }
    }

    /** Tries until the model is in memory: a database that is down at start must not leave the instance unready. */
    void loadUntilDone() {
        while (!loaded) {
            try {
                loadModel.run();
                loaded = true;
            } catch (RuntimeException e) {
                log.warn("Loading the theme model failed, trying again in {} ms: {}", retry.toMillis(), e.toString());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(retry);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Health health() {
        if (!loadsAhead || loaded) {
            return Health.up().build();
        }
        return Health.outOfService().withDetail("themeModel", "loading or training the theme model").build();
    }
}
