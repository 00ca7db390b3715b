package org.tellus.response.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Messages;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.ui.RouteIds;
import org.tellus.consultation.QuestionDetails;
import org.tellus.response.imports.ColumnKind;
import org.tellus.response.imports.ColumnMatch;
import org.tellus.response.imports.ImportPreview;
import org.tellus.response.imports.ImportJob;
import org.tellus.response.imports.ResponseCsvImporter;
import org.tellus.response.imports.RowError;
import org.tellus.response.imports.SampleRow;
import org.tellus.response.ui.ResponsesView;

import java.util.List;

/** The officer imports a survey tool's CSV export: upload, preview with every problem, then all rows or none. */
@Route("officer/consultations/:id/import")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ImportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MS = 500;

    private final ConsultationService consultations;
    private final ResponseCsvImporter importer;
    private final Div outcome = new Div();
    private ConsultationDetails consultation;

    public ImportView(ConsultationService consultations, ResponseCsvImporter importer) {
        this.consultations = consultations;
        this.importer = importer;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(found -> {
            consultation = found;
            render();
        });
    }

    private void render() {
        removeAll();
        outcome.removeAll();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> showPreview(data)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ResponseCsvImporter.MAX_FILE_BYTES);
        upload.setAcceptedFileExtensions(".csv");
        upload.setAcceptedMimeTypes("text/csv", "application/vnd.ms-excel", "text/plain");
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(e -> Messages.error(this, new TranslatableException("import.upload.rejected")));
        outcome.getElement().setAttribute("aria-live", "polite");
        RouteParameters params = new RouteParameters("id", String.valueOf(consultation.id()));
        add(new H1(getTranslation("import.title", consultation.title())),
                new RouterLink(getTranslation("import.back"), ResponsesView.class, params),
                new Paragraph(getTranslation("import.intro")), upload, outcome);
        // An import started earlier, here or on another instance, that is still running.
        importer.latestImport(consultation.id()).filter(job -> !job.finished()).ifPresent(this::follow);
    }

    /** Reads the uploaded file and shows what importing it would do; stores nothing. */
    void showPreview(byte[] file) {
        outcome.removeAll();
        ImportPreview preview;
        try {
            preview = importer.preview(consultation.id(), file);
        } catch (TranslatableException e) {
            outcome.add(new Paragraph(getTranslation(e.key(), e.params())));
            Messages.error(this, e);
            return;
        }
        outcome.add(new Paragraph(getTranslation("import.rows", preview.rowCount())));
        if (!preview.missingQuestions().isEmpty()) {
            outcome.add(new Paragraph(getTranslation("import.missing", String.join("; ", preview.missingQuestions()))));
        }
        outcome.add(new H2(getTranslation("import.columns")), columns(preview.columns()));
        if (!preview.errors().isEmpty()) {
            outcome.add(new H2(getTranslation("import.errors", preview.errors().size())), errors(preview.errors()));
        }
        outcome.add(new H2(getTranslation("import.sample")), sample(preview.sample()));
        Button start = new Button(getTranslation("import.start", preview.rowCount()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(preview.canImport());
        start.addClickListener(e -> startImport(file, preview.rowCount(), start));
        outcome.add(start);
    }

    /** Queues the import as a background job; any instance of the app may run it. */
    private void startImport(byte[] file, int rows, Button start) {
        start.setEnabled(false);
        try {
            follow(importer.startImport(consultation.id(), file, rows));
        } catch (TranslatableException e) {
            showFailure(e);
        }
    }

    /**
     * Shows an import's progress until it ends, read from the database at each poll: the job may run on
     * another instance, or be taken over by one when its instance stops, and the page shows it all the same.
     */
    private void follow(ImportJob job) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, job.rows()));
        Span progressText = new Span(progressText(job));
        bar.getElement().setAttribute("aria-label", getTranslation("import.page-title"));
        outcome.add(bar, progressText);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        Registration[] polling = new Registration[1];
        polling[0] = ui.addPollListener(poll -> importer.importJob(job.id()).ifPresent(now -> {
            bar.setValue(Math.min(now.stored(), Math.max(1, job.rows())));
            progressText.setText(progressText(now));
            if (now.finished()) {
                polling[0].remove();
                ui.setPollInterval(-1);
                showResult(now);
            }
        }));
        addDetachListener(detach -> polling[0].remove());
    }

    private String progressText(ImportJob job) {
        return job.state() == ImportJob.State.WAITING ? getTranslation("import.waiting")
                : getTranslation("import.progress", job.stored(), job.rows());
    }

    private void showResult(ImportJob job) {
        outcome.removeAll();
        if (job.state() == ImportJob.State.DONE) {
            outcome.add(new Paragraph(getTranslation("import.done", job.imported())));
            Messages.success(this, "import.done", job.imported());
        } else {
            showFailure(new TranslatableException(job.messageKey(), job.messageParams().toArray()));
        }
    }

    private void showFailure(TranslatableException e) {
        outcome.removeAll();
        outcome.add(new Paragraph(getTranslation(e.key(), e.params())));
        Messages.error(this, e);
    }

    private Grid<ColumnMatch> columns(List<ColumnMatch> columns) {
        Grid<ColumnMatch> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("import.columns"));
        grid.addColumn(ColumnMatch::header).setHeader(getTranslation("import.column.header"));
        grid.addColumn(this::readsAs).setHeader(getTranslation("import.column.reads-as")).setFlexGrow(2);
        grid.setItems(columns);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String readsAs(ColumnMatch column) {
        return switch (column.kind()) {
            case QUESTION -> getTranslation("import.column.QUESTION", column.target());
            case EQUALITY -> getTranslation("import.column.EQUALITY", getTranslation("equality." + column.target()));
            default -> getTranslation("import.column." + column.kind().name());
        };
    }

    private Grid<RowError> errors(List<RowError> errors) {
        Grid<RowError> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("import.errors", errors.size()));
        grid.addColumn(RowError::row).setHeader(getTranslation("import.error.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.prompt() == null ? e.header() : e.prompt()).setHeader(getTranslation("import.error.column"));
        grid.addColumn(e -> getTranslation(e.key(), e.paramArray())).setHeader(getTranslation("import.error.problem")).setFlexGrow(2);
        grid.setItems(errors);
        return grid;
    }

    private Grid<SampleRow> sample(List<SampleRow> rows) {
        Grid<SampleRow> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("import.sample"));
        grid.addColumn(SampleRow::row).setHeader(getTranslation("import.sample.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.submittedAt() == null ? getTranslation("import.sample.now")
                : Formats.dateTime(r.submittedAt(), getLocale())).setHeader(getTranslation("import.sample.submitted")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("channel." + r.channel())).setHeader(getTranslation("responses.channel")).setAutoWidth(true);
        List<QuestionDetails> questions = consultation.questions();
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            grid.addColumn(r -> r.answers().get(index)).setHeader(questions.get(i).prompt()).setResizable(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.page-title") + " | " + getTranslation("app.name");
    }
}
