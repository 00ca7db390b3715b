package org.tellus.response.imports;

import org.springframework.context.ApplicationEventPublisher;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.consultation.QuestionDetails;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;
import org.tellus.response.ImportRejectedException;
import org.tellus.response.InvalidAnswersException.FieldError;
import org.tellus.response.ResponseService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Imports responses from a CSV file exported by another survey tool: one row per response, one column per
 * question. A preview first, then all rows or none. Each row's submission key comes from the file's hash and
 * the row's number, so the same file imported twice is refused instead of counted twice.
 */
@Service
public class ResponseCsvImporter {

    static final int SAMPLE_SIZE = 10;
    /** The largest file the importer reads, for the upload to refuse bigger ones before sending them. */
    public static final int MAX_FILE_BYTES = CsvTable.MAX_BYTES;

    private final ConsultationService consultations;
    private final ResponseService responses;
    private final PlanService plan;
    private final Clock clock;
    private final ImportJobs jobs;
    private final ApplicationEventPublisher events;
    // Column headers and cells from other tools are in English, the language the bundle is written in first.
    private final ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    ResponseCsvImporter(ConsultationService consultations, ResponseService responses, PlanService plan, Clock clock,
                        ImportJobs jobs, ApplicationEventPublisher events) {
        this.events = events;
        this.consultations = consultations;
        this.responses = responses;
        this.plan = plan;
        this.clock = clock;
        this.jobs = jobs;
    }

    /**
     * Queues the file's import as a background job, which any instance of the app may run (and another takes
     * over if that one stops); {@code rows} is the preview's count, to show progress against. Returns the job.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ImportJob startImport(long consultationId, byte[] csv, int rows) {
        consultations.consultation(consultationId); // refuses an unknown consultation now, not in the background
        String officer = CurrentUser.email().orElseThrow(() -> new TranslatableException("import.failed"));
        ImportJob job = jobs.find(jobs.queue(consultationId, csv, rows, officer)).orElseThrow();
        events.publishEvent(new Audited(AuditActions.IMPORT_STARTED, "consultation " + consultationId,
                rows + " rows, job " + job.id()));
        return job;
    }

    /** An import job as it is now, on whichever instance runs it. */
    @PreAuthorize(Roles.IS_OFFICER)
    public Optional<ImportJob> importJob(long jobId) {
        return jobs.find(jobId);
    }

    /** The consultation's latest import job, running or finished, if any. */
    @PreAuthorize(Roles.IS_OFFICER)
    public Optional<ImportJob> latestImport(long consultationId) {
        return jobs.latest(consultationId);
    }

    /** What importing this file would store, and every problem that would stop it. Stores nothing. */
    @PreAuthorize(Roles.IS_OFFICER)
    public ImportPreview preview(long consultationId, byte[] csv) {
        Reading reading = read(consultationId, csv);
        List<RowError> errors = new ArrayList<>();
        Set<Long> missing = reading.missing().stream().map(QuestionDetails::id).collect(Collectors.toSet());
        Map<Integer, Map<Long, FieldError>> problems = responses.checkAll(consultationId,
                reading.rows().stream().map(row -> row.response().request()).toList());
        for (int i = 0; i < reading.rows().size(); i++) {
            RowReader.ReadRow row = reading.rows().get(i);
            errors.addAll(row.errors());
            Set<String> unreadable = row.errors().stream().map(RowError::header).collect(Collectors.toSet());
            problems.getOrDefault(i, Map.of()).forEach((questionId, error) -> {
                // A cell that could not be read already has its problem; a missing column is reported once.
                if (!missing.contains(questionId) && !unreadable.contains(headerOf(reading, questionId))) {
                    errors.add(rowError(reading, row.number(), questionId, error));
                }
            });
        }
        Map<String, String> areaNames = plan.areas().stream()
                .collect(Collectors.toMap(AreaSummary::id, AreaSummary::name));
        List<SampleRow> sample = reading.rows().stream().limit(SAMPLE_SIZE)
                .map(row -> reading.reader().sample(row, areaNames)).toList();
        return new ImportPreview(consultationId, reading.columns(),
                reading.missing().stream().map(QuestionDetails::prompt).toList(), reading.rows().size(), sample, errors);
    }

    /**
     * Stores every row of the file as an imported response, or none of them: with any bad row, the result
     * lists every row's problems. {@code progress} hears how many rows are stored so far.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ImportResult importFile(long consultationId, byte[] csv, IntConsumer progress) {
        Reading reading = read(consultationId, csv);
        if (!reading.missing().isEmpty()) {
            throw new TranslatableException("import.columns.missing",
                    reading.missing().stream().map(QuestionDetails::prompt).collect(Collectors.joining("; ")));
        }
        if (reading.rows().isEmpty()) {
            throw new TranslatableException("import.file.no-rows");
        }
        List<RowError> unreadable = reading.rows().stream().flatMap(r -> r.errors().stream()).toList();
        if (!unreadable.isEmpty()) {
            return new ImportResult(0, unreadable);
        }
        try {
            responses.importAll(consultationId, reading.rows().stream().map(RowReader.ReadRow::response).toList(), progress);
            return new ImportResult(reading.rows().size(), List.of());
        } catch (ImportRejectedException rejected) {
            List<RowError> errors = new ArrayList<>();
            rejected.rowErrors().forEach((index, byQuestion) -> byQuestion.forEach((questionId, error) ->
                    errors.add(rowError(reading, reading.rows().get(index).number(), questionId, error))));
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return new ImportResult(0, errors);
        } catch (DataIntegrityViolationException clash) {
            if (String.valueOf(clash.getMessage()).contains("submission_key")) {
                throw new TranslatableException("import.already-imported");
            }
            throw new TranslatableException("import.failed");
        }
    }

    /** The file read against the consultation: its columns, the required questions it lacks, its rows. */
    private record Reading(ConsultationDetails consultation, List<ColumnMatch> columns, List<QuestionDetails> missing,
                           RowReader reader, List<RowReader.ReadRow> rows) {
    }

    private Reading read(long consultationId, byte[] csv) {
        ConsultationDetails consultation = consultations.consultation(consultationId);
        if (consultation.status() == ConsultationStatus.DRAFT) {
            throw new TranslatableException("import.consultation.draft");
        }
        if (consultation.status() == ConsultationStatus.RESULTS_PUBLISHED) {
            throw new TranslatableException("consultation.closed");
        }
        CsvTable table = CsvTable.read(csv);
        List<ColumnMatch> columns = new ColumnMapper(consultation, english).map(table.header());
        RowReader reader = new RowReader(consultation, columns, plan.areas(), new SubmittedTimes(clock.getZone()),
                english, keyPrefix(consultationId, csv));
        return new Reading(consultation, columns, ColumnMapper.missingRequired(consultation, columns), reader,
                table.rows().stream().map(reader::read).toList());
    }

    private static RowError rowError(Reading reading, int row, long questionId, FieldError error) {
        QuestionDetails question = reading.consultation().question(questionId);
        return new RowError(row, headerOf(reading, questionId), question == null ? null : question.prompt(),
                error.key(), List.of(error.params()));
    }

    private static String headerOf(Reading reading, long questionId) {
        return reading.columns().stream()
                .filter(c -> c.kind() == ColumnKind.QUESTION && c.questionId() == questionId)
                .map(ColumnMatch::header).findFirst().orElse(null);
    }

    /** "csv-" and 40 hex digits of the file's SHA-256 with the consultation: with the row number, under 64. */
    static String keyPrefix(long consultationId, byte[] csv) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((consultationId + ":").getBytes(StandardCharsets.US_ASCII));
            return "csv-" + HexFormat.of().formatHex(sha.digest(csv)).substring(0, 40) + "-";
        } catch (NoSuchAlgorithmException everyJvmHasSha256) {
            throw new IllegalStateException(everyJvmHasSha256);
        }
    }
}
