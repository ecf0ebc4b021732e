package io.noetl.execution.model;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One step_state row with what the latest command of the step adds: its attempt, worker and tool kind
 * (null when the step never issued a command, e.g. an inline noop or a skipped step). looped says the
 * step has a loop, so its counts are shown even before the first iteration ends.
 */
public record StepSnapshot(String name, String status, int runCount, LoopCounts loopCounts, boolean looped,
        Object result, Map<String, Object> error, OffsetDateTime startedAt, OffsetDateTime endedAt,
        Double durationSeconds, Integer attempt, String workerId, String toolKind) {

    /** loop {total, done, failed} of api.md §4.1, or null for a step without a loop. */
    public LoopCounts loop() {
        return looped ? loopCounts : null;
    }

    /** Fills in what only the playbook knows: the tool kind when no command said it, and whether it loops. */
    public StepSnapshot withPlaybook(String playbookToolKind, boolean playbookLoops) {
        return new StepSnapshot(name, status, runCount, loopCounts, looped || playbookLoops, result, error, startedAt,
                endedAt, durationSeconds, attempt, workerId, toolKind == null ? playbookToolKind : toolKind);
    }
}
