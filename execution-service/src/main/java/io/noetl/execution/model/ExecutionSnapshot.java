package io.noetl.execution.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * One execution row as the read routes see it. workload, ctx and result are null when the listing query
 * left them out (they can be large); durationSeconds runs to now while the execution is not terminal;
 * totalSteps counts the playbook's steps and finishedSteps the step_state rows that ended, for progress.
 */
public record ExecutionSnapshot(long executionId, long catalogId, String path, Integer version, Long parentExecutionId,
        long rootExecutionId, String parentStep, String status, Map<String, Object> workload, Map<String, Object> ctx,
        Object result, Map<String, Object> error, Map<String, Object> trigger, boolean cancelRequested,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime endedAt, Double durationSeconds,
        int totalSteps, int finishedSteps) {

    private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELLED");

    public boolean terminal() {
        return TERMINAL.contains(status);
    }

    /** 0–100: 100 once terminal, otherwise finished ÷ total steps capped at 99 (api.md §4.1). */
    public int progress() {
        if (terminal()) return 100;
        if (totalSteps <= 0) return 0;
        return Math.min(99, finishedSteps * 100 / totalSteps);
    }

    /** Upstream's flags: CANCELLED counts as completed (not failed), FAILED only as failed. */
    public boolean completedFlag() {
        return status.equals("COMPLETED") || status.equals("CANCELLED");
    }

    public boolean failedFlag() {
        return status.equals("FAILED");
    }

    public boolean cancelledFlag() {
        return status.equals("CANCELLED");
    }
}
