package io.noetl.execution.model;

import java.util.Map;

/** An execution row as the orchestrator reads it under lock; JSON columns as plain maps. */
public record ExecutionRow(long executionId, long catalogId, String path, Integer version, Long parentExecutionId,
        Long rootExecutionId, String status, Map<String, Object> workload, Map<String, Object> ctx, Object result,
        Map<String, Object> error, boolean cancelRequested) {

    public boolean terminal() {
        return "COMPLETED".equals(status) || "FAILED".equals(status) || "CANCELLED".equals(status);
    }
}
