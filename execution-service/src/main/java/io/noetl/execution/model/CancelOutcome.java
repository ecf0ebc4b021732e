package io.noetl.execution.model;

import java.util.List;

/** What a cancel did (api.md §4.1 CancelResult). */
public record CancelOutcome(boolean alreadyTerminal, long executionId, List<Long> cancelledExecutions,
        int cancelledCommands, int cancelRequestedCommands) {
}
