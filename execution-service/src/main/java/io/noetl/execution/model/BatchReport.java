package io.noetl.execution.model;

import java.util.List;

/** A worker's report on one command (api.md §4.3): the fence, the key and the events, terminal one last. */
public record BatchReport(long executionId, long commandId, Long leaseToken, Integer attempt, String workerId,
        String idempotencyKey, List<ReportedEvent> events) {
}
