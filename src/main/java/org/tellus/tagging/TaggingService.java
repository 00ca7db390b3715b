package org.tellus.tagging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tellus.base.security.Roles;
import org.tellus.tagging.engine.LabelledText;
import org.tellus.tagging.engine.ThemeModel;

import java.util.List;

/** Theme tagging as officers see it: the machine's themes for a response, and the model versions. */
@Service
public class TaggingService {

    private final ActiveModel activeModel;
    private final ModelStore store;
    private final TaggingQueue queue;

    TaggingService(ActiveModel activeModel, ModelStore store, TaggingQueue queue) {
        this.activeModel = activeModel;
        this.store = store;
        this.queue = queue;
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<AnswerThemes> themesOfResponse(long responseId) {
        return queue.themesOfResponse(responseId);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<ModelSummary> modelVersions() {
        activeModel.get();
        return store.all();
    }

    /** Answers still waiting for the active model (new, or tagged by an older version). */
    @PreAuthorize(Roles.IS_OFFICER)
    public long pendingAnswers() {
        return queue.pendingCount(activeModel.get().version());
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

    /** Uses another version from now on (a newer one, or a rollback); every answer is then re-tagged in the background. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void activate(String version) {
        store.activate(version);
    }
}
