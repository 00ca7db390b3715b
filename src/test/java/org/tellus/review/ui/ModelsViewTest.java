package org.tellus.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.review.RetrainingService;
import org.tellus.review.TrainingJob;
import org.tellus.review.RetrainingOnDemand;
import org.tellus.tagging.ActiveModelScope;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.TaggingService;
import org.tellus.tagging.engine.LabelledText;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme models page: versions with their state, retraining with its progress, and using another version. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class ModelsViewTest extends SpringBrowserlessTest {

    @Autowired
    RetrainingService retraining;
    @Autowired
    TaggingService tagging;
    @Autowired
    ApplicationContext context;

    @Test
    void retrainingShowsItsProgressAndThenWhatItDecided() {
        try (ActiveModelScope scope = ActiveModelScope.open(tagging)) {
            ModelsView view = navigate(ModelsView.class);
            assertThat(versions().getBody().getRows()).anySatisfy(r -> assertThat(r.getElement().getTextRecursively()).contains("In use"));

            test($(Button.class).withText("Retrain now").single()).click();
            TrainingJob job = retraining.recentJobs().getFirst();
            assertThat(job.requestedBy()).isEqualTo("officer@example.org");
            // The retrainer runs only when this test runs it, so the page must show the job waiting, with its bar.
            assertThat(job.unfinished()).isTrue();
            assertThat(status()).isEqualTo(view.getTranslation("models.status.running", job.progress(),
                    view.getTranslation("models.step.QUEUED")));
            assertThat($(ProgressBar.class).exists()).isTrue();

            TrainingJob done = RetrainingOnDemand.runQueued(context, retraining, job.id());
            test($(Button.class).withText("Refresh").single()).click();
            assertThat(status()).startsWith("Last retraining finished");
            assertThat($(ProgressBar.class).exists()).isFalse();
            assertThat($(NativeTable.class).all()).anySatisfy(t -> assertThat(t.getCaptionText()).startsWith("Recent retrainings"));
            assertThat(done.status()).isEqualTo(TrainingJob.Status.DONE);
        }
    }

    @Test
    void anyStoredVersionCanBeUsedAgainWithOneClick() {
        try (ActiveModelScope scope = ActiveModelScope.open(tagging)) {
            String active = scope.before();
            ModelSummary other = tagging.train(List.of(new LabelledText("models-view", "Potholes on every road", Set.of("transport"))));
            navigate(ModelsView.class);
            String shortVersion = other.version().substring(0, 12);
            test($(Button.class).withAttribute("aria-label", "Use version " + shortVersion).single()).click();
            assertThat(tagging.activeVersion()).isEqualTo(other.version());
            assertThat(versions().getBody().getRows()).anySatisfy(r -> assertThat(r.getElement().getTextRecursively())
                    .startsWith(shortVersion).contains("In use"));

            String activeShort = active.substring(0, Math.min(12, active.length()));
            test($(Button.class).withAttribute("aria-label", "Use version " + activeShort).single()).click();
            assertThat(tagging.activeVersion()).isEqualTo(active);
        }
    }

    private NativeTable versions() {
        return $(NativeTable.class).all().stream().filter(t -> t.getCaptionText().startsWith("Model versions"))
                .findFirst().orElseThrow();
    }

    private String status() {
        return $(Paragraph.class).all().stream().filter(p -> p.getParent().map(d -> "training-status".equals(d.getId().orElse(null))).orElse(false))
                .findFirst().orElseThrow().getText();
    }
}
