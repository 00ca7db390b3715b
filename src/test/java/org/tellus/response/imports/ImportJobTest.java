package org.tellus.response.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.jobs.Jobs;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseService;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV import as a background job, run here on demand as any instance's runner would run it. A crashed
 * instance is what it leaves in the database: its job running, its heartbeat old, and (its one transaction
 * rolled back) none of its rows.
 */
@IntegrationTest
@WithMockUser(username = "officer@tellus.demo", roles = Roles.OFFICER)
class ImportJobTest {

    @Autowired
    ResponseCsvImporter importer;
    @Autowired
    Jobs jobs;
    @Autowired
    ResponseService responses;
    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    ConsultationDetails consultation;

    @BeforeEach
    void newConsultation() {
        consultation = ImportFixtures.openConsultation(consultations);
    }

    @Test
    void aQueuedImportIsRunByTheNextFreeInstanceAndShowsItsOutcome() {
        ImportJob queued = importer.startImport(consultation.id(), ImportFixtures.goodRows(4), 4);
        assertThat(queued.state()).isEqualTo(ImportJob.State.WAITING);
        assertThat(importer.latestImport(consultation.id())).hasValueSatisfying(job -> assertThat(job.id()).isEqualTo(queued.id()));

        ImportJob done = finished(queued.id());
        assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(done.imported()).isEqualTo(4);
        assertThat(done.stored()).isEqualTo(4);
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void anImportWhoseInstanceDiedIsTakenOverAndStoresEveryRowOnce() {
        long job = crashedWhileRunning(ImportFixtures.goodRows(5), 5, 1);

        ImportJob done = finished(job);
        assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(done.imported()).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT attempts FROM background_job WHERE id = ?", Integer.class, job)).isEqualTo(2);
        assertThat(count()).isEqualTo(5);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id
                WHERE r.consultation_id = ? AND a.text_value LIKE 'Row %'""", Integer.class, consultation.id()))
                .as("every row with its free-text answer").isEqualTo(5);
    }

    @Test
    void anImportStoppedAgainAndAgainFailsCleanlyWithAClearMessage() {
        long job = crashedWhileRunning(ImportFixtures.goodRows(3), 3, ImportRunner.MAX_ATTEMPTS);

        ImportJob failed = finished(job);
        assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(failed.messageKey()).isEqualTo("import.failed.stopped");
        assertThat(failed.messageParams()).containsExactly(String.valueOf(ImportRunner.MAX_ATTEMPTS));
        assertThat(count()).isZero();
    }

    @Test
    void aFileThatCannotBeImportedEndsTheJobWithTheImportersMessage() {
        ImportJob job = importer.startImport(consultation.id(), "Timestamp,How do you travel?\n2026-01-31T10:00:00Z,Bus\n".getBytes(), 1);

        ImportJob failed = finished(job.id());
        assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(failed.messageKey()).isEqualTo("import.columns.missing");
        assertThat(failed.messageParams()).containsExactly("What matters most to you?");
    }

    @Test
    void onlyOfficersStartOrFollowImports() {
        ImportJob job = importer.startImport(consultation.id(), ImportFixtures.goodRows(1), 1);
        AccessRules.assertRefused(List.of(
                () -> importer.startImport(consultation.id(), ImportFixtures.goodRows(1), 1),
                () -> importer.importJob(job.id()),
                () -> importer.latestImport(consultation.id())), Roles.RESIDENT, Roles.FACILITATOR);
    }

    /**
     * What an instance killed in the middle of an import leaves behind: the job it claimed, still marked running
     * by it, with its last heartbeat long ago. Written as that instance would have, before any runner here sees it.
     */
    private long crashedWhileRunning(byte[] file, int rows, int attempts) {
        long job = jobs.submit("csv-import-crashed", consultation.id(), "officer@tellus.demo", rows, file);
        Timestamp lastBeat = Timestamp.from(Instant.now().minus(ImportRunner.LEASE.multipliedBy(3)));
        jdbc.update("""
                UPDATE background_job SET kind = 'csv-import', status = 'RUNNING', owner = 'crashed-instance',
                attempts = ?, claimed_at = ?, heartbeat_at = ? WHERE id = ?""", attempts, lastBeat, lastBeat, job);
        return job;
    }

    /** Runs the queued imports as any instance's runner would, then reads the job, which must have ended. */
    private ImportJob finished(long job) {
        ImportsOnDemand.runQueued(context);
        ImportJob ended = importer.importJob(job).orElseThrow();
        assertThat(ended.finished()).isTrue();
        return ended;
    }

    private long count() {
        return SystemTask.runAs(Roles.OFFICER, () -> responses.countResponses(consultation.id(), ResponseFilter.none()));
    }
}
