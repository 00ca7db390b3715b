package org.tellus.tagging;

import org.springframework.context.ApplicationEventPublisher;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tellus.base.security.Roles;
import org.tellus.base.TranslatableException;
import org.tellus.tagging.engine.EvaluationFigures;
import org.tellus.tagging.engine.LabelledText;
import org.tellus.tagging.engine.Metrics;
import org.tellus.tagging.engine.ThemeTag;
import org.tellus.tagging.engine.ThemeModel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Theme tagging as officers see it: the machine's themes for a response, and the model versions. */
@Service
public class TaggingService {

    private final ActiveModel activeModel;
    private final ModelStore store;
    private final TaggingQueue queue;
    private final PostTaggingQueue posts;
    private final ApplicationEventPublisher events;

    TaggingService(ActiveModel activeModel, ModelStore store, TaggingQueue queue, PostTaggingQueue posts,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.activeModel = activeModel;
        this.store = store;
        this.queue = queue;
        this.posts = posts;
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<AnswerThemes> themesOfResponse(long responseId) {
        return queue.themesOfResponse(responseId);
    }

    /** The machine's themes of a forum post, most confident first (none until the background tagger reaches it). */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<AnswerThemes.MachineTag> themesOfPost(long postId) {
        return posts.themesOfPost(postId);
    }

    /** Forum posts still waiting for the active model (new, edited, or tagged by an older version). */
    @PreAuthorize(Roles.IS_OFFICER)
    public long pendingPosts() {
        return posts.pendingCount(activeModel.get().version());
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<ModelSummary> modelVersions() {
        activeModel.get();
        return store.all();
    }

    /**
     * Trains a new version on the taxonomy, the starter data and these labelled examples, and keeps it without
     * using it. Which version to use is a separate decision ({@link #activate}).
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ModelSummary train(List<LabelledText> labelledExamples) {
        ThemeModel model = activeModel.train(labelledExamples);
        store.save(model);
        return store.all().stream().filter(m -> m.version().equals(model.version())).findFirst().orElseThrow();
    }

    /** The version in use (training the cold-start model first when there is none). */
    @PreAuthorize(Roles.IS_OFFICER)
    public String activeVersion() {
        return activeModel.get().version();
    }

    /**
     * How a version tags these labelled texts (e.g. held-out officer decisions): micro/macro F1 and per-theme
     * figures over the version's themes and the themes of the labels.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public EvaluationFigures evaluate(String version, List<LabelledText> labelled) {
        ThemeModel active = activeModel.get();
        ThemeModel model = active.version().equals(version) ? active
                : store.load(version).orElseThrow(() -> new TranslatableException("tagging.model.not-found"));
        Set<String> labels = new TreeSet<>(model.themeIds());
        labelled.forEach(l -> labels.addAll(l.themes()));
        List<Set<String>> predicted = model.readAll(labelled.stream().map(LabelledText::text).toList(),
                        activeModel.storedVectors(labelled, model)).stream()
                .map(r -> r.tags().stream().map(ThemeTag::themeId).collect(Collectors.toSet())).toList();
        return Metrics.evaluate(List.copyOf(labels), labelled.stream().map(LabelledText::themes).toList(), predicted);
    }

    /** Keeps a version's held-out figures with it, for the model versions page. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void recordFigures(String version, EvaluationFigures figures) {
        store.recordFigures(version, figures);
    }

    /** A version's per-theme held-out figures, by theme id (empty when it was not evaluated). */
    @PreAuthorize(Roles.IS_OFFICER)
    public Map<String, EvaluationFigures.LabelFigures> themeFigures(String version) {
        return store.themeFigures(version);
    }

    /** Uses another version from now on (a newer one, or a rollback); every answer is then re-tagged in the background. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void activate(String version) {
        String before = activeVersion();
        store.activate(version);
        events.publishEvent(new Audited(AuditActions.MODEL_ACTIVATED, "model " + version, "before: " + before));
    }
}
