package org.tellus.tagging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.response.ResponseSubmitted;
import org.tellus.tagging.engine.ThemeModel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tags free-text answers off the resident's path: a submission only publishes an event, and the tagging happens
 * after its commit on another thread. A periodic sweep catches anything missed (a crash, another instance's
 * submissions) and re-tags every answer after the active model changes.
 */
@Component
class BackgroundTagger {

    static final int BATCH = 2000;
    private static final Logger log = LoggerFactory.getLogger(BackgroundTagger.class);

    private final ActiveModel activeModel;
    private final TaggingQueue queue;
    private final TransactionTemplate transaction;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    BackgroundTagger(ActiveModel activeModel, TaggingQueue queue, PlatformTransactionManager transactions) {
        this.activeModel = activeModel;
        this.queue = queue;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Async
    @TransactionalEventListener
    public void onSubmitted(ResponseSubmitted submitted) {
        sweep();
    }

    /**
     * Runs one sweep at a time; requests that arrive meanwhile (an import publishes one event per row) fold into
     * one more pass instead of a thread each.
     */
    @Scheduled(initialDelayString = "${tellus.tagging.sweep-delay-ms:5000}", fixedDelayString = "${tellus.tagging.sweep-delay-ms:5000}")
    public void sweep() {
        requested.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (requested.getAndSet(false)) {
                tagPending();
            }
        } finally {
            running.set(false);
        }
    }

    /** Tags batch after batch until nothing is pending for the active model; returns how many were tagged. */
    int tagPending() {
        try {
            ThemeModel model = activeModel.get();
            Set<String> themes = new HashSet<>(model.themeIds());
            int total = 0;
            int done;
            do {
                done = transaction.execute(status -> {
                    List<TaggingQueue.PendingAnswer> batch = queue.claim(model.version(), BATCH);
                    queue.store(batch, model.tagAll(batch.stream().map(TaggingQueue.PendingAnswer::text).toList()),
                            model.version(), themes);
                    return batch.size();
                });
                total += done;
            } while (done == BATCH);
            if (total > 0) {
                log.info("Tagged {} answers with model {}", total, model.version());
            }
            return total;
        } catch (RuntimeException e) {
            // Nothing is lost: untagged answers stay pending and the next sweep tries again.
            log.warn("Tagging failed, will retry: {}", e.toString());
            return 0;
        }
    }
}
