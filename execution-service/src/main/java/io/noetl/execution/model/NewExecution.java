package io.noetl.execution.model;

import java.util.Map;

/** What starting an execution inserts (api.md §4.1 execute, after the playbook was resolved). */
public record NewExecution(long catalogId, String path, int version, Long parentExecutionId, Long rootExecutionId,
        String parentStep, Map<String, Object> workload, Map<String, Object> trigger, String idempotencyKey) {
}
