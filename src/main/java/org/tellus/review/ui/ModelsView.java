package org.tellus.review.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Messages;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;
import org.tellus.review.ModelVersion;
import org.tellus.review.RetrainingService;
import org.tellus.review.TrainingJob;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.engine.EvaluationFigures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Theme models for officers: retrain now and follow the progress (the page polls while a retraining runs), every
 * version with its held-out figures and what became of it, and one click to use any version again.
 */
@Menu(title = "nav.models", order = 70)
@Route("officer/models")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ModelsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MS = 1000;
    /** Characters of a version's hash shown; enough to tell versions apart. */
    private static final int SHORT_VERSION = 12;

    private final RetrainingService retraining;
    private final Map<String, String> themeNames;
    private final Div status = new Div();
    private final Div versions = new Div();
    private final Div jobs = new Div();
    private Registration polling;

    public ModelsView(RetrainingService retraining, PlanService plan) {
        this.retraining = retraining;
        this.themeNames = plan.themes().stream().collect(Collectors.toMap(ThemeSummary::id, ThemeSummary::name));
        addClassName("tellus-page");
        status.setId("training-status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Button retrain = new Button(getTranslation("models.retrain"), e -> retrain());
        retrain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refresh = new Button(getTranslation("models.refresh"), e -> refresh());
        HorizontalLayout actions = new HorizontalLayout(retrain, refresh);
        actions.setWrap(true);
        add(new H1(getTranslation("models.title")), new Paragraph(getTranslation("models.intro")),
                new Paragraph(getTranslation("models.rule", retraining.retrainAfter())),
                new H2(getTranslation("models.retraining")), status, actions,
                new H2(getTranslation("models.versions")), versions,
                new H2(getTranslation("models.jobs")), jobs);
        refresh();
    }

    private void retrain() {
        retraining.requestRetraining();
        Messages.success(this, "models.queued");
        refresh();
    }

    private void refresh() {
        List<TrainingJob> recent = retraining.recentJobs();
        showStatus(recent.stream().findFirst());
        showVersions();
        showJobs(recent);
        pollWhile(recent.stream().anyMatch(TrainingJob::unfinished));
    }

    /** Polls while a retraining runs (the app has no server push), and stops when it is over. */
    private void pollWhile(boolean running) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (running && polling == null) {
            ui.setPollInterval(POLL_MS);
            polling = ui.addPollListener(e -> refresh());
        } else if (!running && polling != null) {
            ui.setPollInterval(-1);
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // Leaving the page while a retraining runs must not leave the browser polling.
        if (polling != null) {
            event.getUI().setPollInterval(-1);
            polling.remove();
            polling = null;
        }
        super.onDetach(event);
    }

    private void showStatus(Optional<TrainingJob> latest) {
        status.removeAll();
        if (latest.isEmpty()) {
            status.add(new Paragraph(getTranslation("models.status.none")));
            return;
        }
        TrainingJob job = latest.get();
        if (job.unfinished()) {
            ProgressBar bar = new ProgressBar(0, 100, job.progress());
            bar.getElement().setAttribute("aria-label", getTranslation("models.progress.label"));
            String step = job.step() == null ? getTranslation("models.step.QUEUED") : getTranslation("models.step." + job.step());
            status.add(new Paragraph(getTranslation("models.status.running", job.progress(), step)), bar);
        } else {
            status.add(new Paragraph(jobSummary(job)));
        }
    }

    private String jobSummary(TrainingJob job) {
        if (job.status() == TrainingJob.Status.FAILED) {
            return getTranslation("models.status.failed", Formats.dateTime(job.finishedAt(), getLocale()));
        }
        return getTranslation("models.status.done", Formats.dateTime(job.finishedAt(), getLocale()),
                getTranslation("models.outcome." + job.outcome()), nullable(job.trainingDecisions()),
                nullable(job.heldOut()), Tables.figure(job.candidateMicroF1(), getLocale()),
                Tables.figure(job.activeMicroF1(), getLocale()));
    }

    private void showVersions() {
        versions.removeAll();
        NativeTable table = Tables.withColumns(getTranslation("models.versions.caption"), getTranslation("models.version"),
                getTranslation("models.created"), getTranslation("models.training-size"), getTranslation("models.held-out"),
                getTranslation("models.micro"), getTranslation("models.macro"), getTranslation("models.state"),
                getTranslation("models.action"));
        List<ModelVersion> all = retraining.versions();
        for (ModelVersion v : all) {
            ModelSummary m = v.model();
            NativeTableRow row = Tables.row(table, shortVersion(m.version()), Formats.dateTime(m.createdAt(), getLocale()),
                    String.valueOf(m.trainingSize()), m.evaluatedOn() == null ? "–" : String.valueOf(m.evaluatedOn()),
                    Tables.figure(m.microF1(), getLocale()), Tables.figure(m.macroF1(), getLocale()), state(v));
            if (m.active()) {
                row.addDataCell().setText(getTranslation("models.in-use"));
            } else {
                Button use = new Button(getTranslation("models.use"), e -> activate(m.version()));
                use.setAriaLabel(getTranslation("models.use-named", shortVersion(m.version())));
                use.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.addDataCell().add(use);
            }
        }
        versions.add(Tables.scrolling(table));
        for (ModelVersion v : all) {
            if (v.model().evaluatedOn() != null) {
                versions.add(themeFigures(v.model().version()));
            }
        }
    }

    private Details themeFigures(String version) {
        NativeTable table = Tables.withColumns(getTranslation("models.themes.caption", shortVersion(version)),
                getTranslation("models.theme"), getTranslation("models.precision"), getTranslation("models.recall"),
                getTranslation("models.f1"), getTranslation("models.support"));
        for (Map.Entry<String, EvaluationFigures.LabelFigures> e : retraining.themeFigures(version).entrySet()) {
            EvaluationFigures.LabelFigures f = e.getValue();
            Tables.row(table, themeNames.getOrDefault(e.getKey(), e.getKey()), Tables.figure(f.precision(), getLocale()),
                    Tables.figure(f.recall(), getLocale()), Tables.figure(f.f1(), getLocale()), String.valueOf(f.support()));
        }
        return new Details(getTranslation("models.themes.summary", shortVersion(version)), table);
    }

    private void showJobs(List<TrainingJob> recent) {
        jobs.removeAll();
        if (recent.isEmpty()) {
            jobs.add(new Paragraph(getTranslation("models.jobs.none")));
            return;
        }
        NativeTable table = Tables.withColumns(getTranslation("models.jobs.caption"), getTranslation("models.requested"),
                getTranslation("models.by"), getTranslation("models.job-state"), getTranslation("models.training-decisions"),
                getTranslation("models.held-out"), getTranslation("models.candidate-micro"), getTranslation("models.active-micro"));
        for (TrainingJob job : recent) {
            Tables.row(table, Formats.dateTime(job.requestedAt(), getLocale()),
                    getTranslation("models.trigger." + job.trigger(), job.requestedBy()), jobState(job),
                    nullable(job.trainingDecisions()), nullable(job.heldOut()),
                    Tables.figure(job.candidateMicroF1(), getLocale()), Tables.figure(job.activeMicroF1(), getLocale()));
        }
        jobs.add(Tables.scrolling(table));
    }

    private String jobState(TrainingJob job) {
        return switch (job.status()) {
            case DONE -> getTranslation("models.outcome." + job.outcome());
            case FAILED -> getTranslation("models.job.failed");
            case QUEUED, RUNNING -> getTranslation("models.job.running", job.progress());
        };
    }

    private String state(ModelVersion v) {
        if (v.model().active()) {
            return getTranslation("models.state.active");
        }
        return v.outcome() == null ? getTranslation("models.state.stored") : getTranslation("models.outcome." + v.outcome());
    }

    private void activate(String version) {
        try {
            retraining.activate(version);
            Messages.success(this, "models.activated", shortVersion(version));
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
        }
        refresh();
    }

    private static String shortVersion(String version) {
        return version.length() <= SHORT_VERSION ? version : version.substring(0, SHORT_VERSION);
    }

    private static String nullable(Integer n) {
        return n == null ? "–" : String.valueOf(n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("models.title") + " | " + getTranslation("app.name");
    }
}
