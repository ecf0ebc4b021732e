package io.noetl.execution.model;

import java.util.List;
import java.util.Map;

/**
 * What the status document is made of: the execution, its steps' statuses, and its variables already
 * redacted (and capped unless the caller asked for them in full).
 */
public record ExecutionProgress(ExecutionSnapshot execution, List<StepProgress> steps, Map<String, Object> workload,
        Map<String, Object> ctx) {
}
