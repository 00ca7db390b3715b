package org.tellus.response.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tellus.base.TranslatableException;
import org.tellus.base.jobs.JobClaim;
import org.tellus.base.jobs.JobStatus;
import org.tellus.base.jobs.Jobs;
import org.tellus.base.security.Roles;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import static org.tellus.response.imports.ImportJobs.message;

/**
 * Runs queued CSV imports: whichever instance is free claims the next one, and an import whose instance died
 * is run again by another (decision 022). That is safe because an import stores all its rows in one
 * transaction, which the crash rolled back, and each row's submission key comes from the file: a second run
 * can never count a row twice. After {@link #MAX_ATTEMPTS} runs it fails, cleanly.
 */
@Component
class ImportRunner {

    /** A running import is taken over when its instance has been silent this long (it beats every 15 s). */
    static final Duration LEASE = Duration.ofMinutes(1);
    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final Jobs jobs;
    private final ResponseCsvImporter importer;

    ImportRunner(Jobs jobs, ResponseCsvImporter importer) {
        this.jobs = jobs;
        this.importer = importer;
    }

    @Scheduled(initialDelayString = "${tellus.import.poll-ms:2000}", fixedDelayString = "${tellus.import.poll-ms:2000}")
    void runQueued() {
        while (runNext()) {
            // one import after another, until none waits
        }
    }

    /** Runs the next waiting (or abandoned) import here; false when there is none. */
    boolean runNext() {
        Optional<JobClaim> claim = jobs.claim(ImportJobs.KIND, LEASE);
        claim.ifPresent(this::run);
        return claim.isPresent();
    }

    private void run(JobClaim claim) {
        JobStatus job = jobs.find(claim.id()).orElseThrow();
        if (claim.attempt() > MAX_ATTEMPTS) {
            claim.fail(message("import.failed.stopped", String.valueOf(MAX_ATTEMPTS)));
            return;
        }
        try (AutoCloseable alive = claim.keepAlive(LEASE.dividedBy(4))) {
            ImportResult result = asOfficer(job.requestedBy(), () -> importer.importFile(job.subjectId(), claim.payload(), stored -> {
                if (!claim.progress(stored, null)) {
                    throw new IllegalStateException("Import job " + claim.id() + " was taken over by another instance");
                }
            }));
            if (result.succeeded()) {
                claim.finish(String.valueOf(result.imported()));
            } else {
                long rows = result.errors().stream().map(RowError::row).distinct().count();
                claim.fail(message("import.rejected", String.valueOf(rows)));
            }
        } catch (TranslatableException e) {
            claim.fail(message(e.key(), Arrays.stream(e.params()).map(String::valueOf).toArray(String[]::new)));
        } catch (Exception e) {
            log.warn("Import job {} failed: {}", claim.id(), e.toString());
            claim.fail(message("import.failed"));
        }
    }

    /** The import runs with the rights and the name of the officer who started it (it records who entered the rows). */
    private static <T> T asOfficer(String email, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.OFFICER)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

}
