package io.noetl.execution.model;

/** What execute answers: the execution, its state, whether this call created it, and the commands issued. */
public record ExecuteOutcome(long executionId, String executionStatus, boolean created, long catalogId, String path,
        int version, int commandsGenerated) {
}
