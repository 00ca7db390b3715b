package org.tellus.tagging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.base.BackgroundWork;
import org.tellus.network.forum.PostPublished;
import org.tellus.response.ResponseSubmitted;
import org.tellus.tagging.engine.ThemeModel;

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

    private final BackgroundWork background;
    private final ActiveModel activeModel;
    private final TaggingQueue queue;
    private final PostTaggingQueue posts;
    private final StoredVectors vectors;
    private final TransactionTemplate transaction;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    BackgroundTagger(BackgroundWork background, ActiveModel activeModel, TaggingQueue queue, PostTaggingQueue posts,
                     StoredVectors vectors,
                     PlatformTransactionManager transactions) {
        this.background = background;
        this.activeModel = activeModel;
        this.queue = queue;
        this.posts = posts;
        this.vectors = vectors;
        this.transaction = new TransactionTemplate(transactions);
    }

    // Without a transaction of its own: a sweep commits batch by batch. From the event registry, so that a
    // submission whose tagging a crash interrupted is swept again at the next start (decision 015).
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void onSubmitted(ResponseSubmitted submitted) {
        if (background.enabled()) {
            sweep();
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void onPostPublished(PostPublished published) {
        if (background.enabled()) {
            sweep();
        }
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
                tagPendingPosts();
            }
        } finally {
            running.set(false);
        }
    }

    /** Tags answers batch after batch until nothing is pending for the active model; returns how many were tagged. */
    int tagPending() {
        return drain("answers", (model, themes) -> {
            List<TaggingQueue.PendingAnswer> batch = queue.claim(model.version(), BATCH);
            // answers in a language the tagger does not read are neither embedded nor read, only marked
            List<TaggingQueue.PendingAnswer> readable = batch.stream().filter(TaggingQueue.PendingAnswer::readable).toList();
            List<String> texts = readable.stream().map(TaggingQueue.PendingAnswer::text).toList();
            // each answer is embedded once, at its first tagging; later taggings read the stored vector
            List<float[]> stored = vectors.vectorsFor(StoredVectors.Owner.ANSWER,
                    readable.stream().map(TaggingQueue.PendingAnswer::answerId).toList(), texts, model);
            queue.store(batch, model.readAll(texts, stored), model.version(), themes);
            return batch.size();
        });
    }

    /** Tags forum posts, new or edited since their last tagging, the same way; returns how many were tagged. */
    int tagPendingPosts() {
        return drain("forum posts", (model, themes) -> {
            List<PostTaggingQueue.PendingPost> batch = posts.claim(model.version(), BATCH);
            List<String> texts = batch.stream().map(PostTaggingQueue.PendingPost::text).toList();
            List<float[]> stored = vectors.vectorsFor(StoredVectors.Owner.POST,
                    batch.stream().map(PostTaggingQueue.PendingPost::postId).toList(), texts, model);
            posts.store(batch, model.readAll(texts, stored).stream().map(ThemeModel.Reading::tags).toList(),
                    model.version(), themes);
            return batch.size();
        });
    }

    /** Claims, tags and stores one batch with this model, keeping only tags of these themes; returns its size. */
    private interface Batch {
        int run(ThemeModel model, Set<String> themes);
    }

    /** Runs one claimed batch per transaction until a batch comes back short. */
    private int drain(String what, Batch oneBatch) {
        try {
            if (!activeModel.hasTaxonomy()) {
                return 0;
            }
            ThemeModel model = activeModel.get();
            Set<String> themes = activeModel.suggestable(model);
            int total = 0;
            int done;
            do {
                done = transaction.execute(status -> oneBatch.run(model, themes));
                total += done;
            } while (done == BATCH);
            if (total > 0) {
                log.info("Tagged {} {} with model {}", total, what, model.version());
            }
            return total;
        } catch (RuntimeException e) {
            // Nothing is lost: untagged texts stay pending and the next sweep tries again.
            log.warn("Tagging {} failed, will retry: {}", what, e.toString());
            return 0;
        }
    }
}
