package org.tellus.response.imports;

import java.time.Instant;
import java.util.List;

/**
 * A CSV import running in the background, as any instance of the app sees it: how far it got and how it
 * ended. {@code messageKey} and {@code messageParams} say why it failed (a translation key), else null.
 */
public record ImportJob(long id, long consultationId, State state, int stored, int rows, int imported,
                        Instant startedAt, String messageKey, List<String> messageParams) {

    public enum State { WAITING, RUNNING, DONE, FAILED }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
