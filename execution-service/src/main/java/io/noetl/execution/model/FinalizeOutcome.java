package io.noetl.execution.model;

/** What a finalize did (api.md §4.1): nothing when the execution had already ended, else the commands it stopped. */
public record FinalizeOutcome(boolean alreadyTerminal, long executionId, String executionStatus, int cancelledCommands,
        int cancelRequestedCommands) {
}
