package io.noetl.scheduler.model;

import java.time.Instant;

/** A `schedule_fire` row: one slot of a schedule (a run), from STARTING to the execution's status. */
public record Fire(long scheduleId, Instant fireTime, Long executionId, String status, String error, boolean manual,
                   Instant startedAt, Instant createdAt) {

    public static final String STARTING = "STARTING";
    public static final String START_FAILED = "START_FAILED";

    /** Actual start minus slot time; null until execution-service accepted the start. */
    public Long latenessMillis() {
        return startedAt == null ? null : java.time.Duration.between(fireTime, startedAt).toMillis();
    }
}
