package org.tellus.response.imports;

import org.springframework.stereotype.Component;
import org.tellus.base.jobs.JobStatus;
import org.tellus.base.jobs.Jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** CSV imports as rows of the background job table, so every instance shows the same progress (decision 022). */
@Component
class ImportJobs {

    static final String KIND = "csv-import";
    private static final String SEPARATOR = "\n";

    private final Jobs jobs;

    ImportJobs(Jobs jobs) {
        this.jobs = jobs;
    }

    long queue(long consultationId, byte[] csv, int rows, String officer) {
        return jobs.submit(KIND, consultationId, officer, rows, csv);
    }

    Optional<ImportJob> find(long id) {
        return jobs.find(id).filter(job -> KIND.equals(job.kind())).map(ImportJobs::view);
    }

    Optional<ImportJob> latest(long consultationId) {
        return jobs.recent(KIND, consultationId, 1).stream().findFirst().map(ImportJobs::view);
    }

    static String message(String key, String... params) {
        return String.join(SEPARATOR, java.util.stream.Stream.concat(java.util.stream.Stream.of(key), Arrays.stream(params)).toList());
    }

    private static ImportJob view(JobStatus job) {
        ImportJob.State state = switch (job.status()) {
            case QUEUED -> ImportJob.State.WAITING;
            case RUNNING -> ImportJob.State.RUNNING;
            case DONE -> ImportJob.State.DONE;
            case FAILED -> ImportJob.State.FAILED;
        };
        List<String> message = job.error() == null ? List.of() : List.of(job.error().split(SEPARATOR, -1));
        return new ImportJob(job.id(), job.subjectId(), state, job.progress(), job.total() == null ? 0 : job.total(),
                job.result() == null ? 0 : Integer.parseInt(job.result()), job.createdAt(),
                message.isEmpty() ? null : message.getFirst(), message.isEmpty() ? List.of() : message.subList(1, message.size()));
    }
}
