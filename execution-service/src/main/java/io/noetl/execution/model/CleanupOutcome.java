package io.noetl.execution.model;

import java.util.List;

/** What a cleanup pass did (api.md §4.1): the executions it cancelled, or in a dry run would cancel. */
public record CleanupOutcome(List<Long> executionIds, boolean dryRun, int olderThanMinutes) {
}
