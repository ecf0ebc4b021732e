package io.noetl.execution.api;

import io.noetl.execution.model.ExecutionProgress;
import io.noetl.execution.model.ExecutionSnapshot;
import io.noetl.execution.model.StepProgress;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ExecutionStatus of api.md §4.1, upstream's status document with its completed/failed/cancelled flags. */
@Schema(name = "ExecutionStatus")
public record ExecutionStatusView(
        String executionId,
        @Schema(example = "RUNNING") String status,
        @Schema(description = "First of current_steps, or null") String currentStep,
        @Schema(description = "Steps PENDING or RUNNING, by start time") List<String> currentSteps,
        List<String> completedSteps,
        List<String> failedSteps,
        @Schema(description = "COMPLETED or CANCELLED") boolean completed,
        @Schema(description = "FAILED") boolean failed,
        boolean cancelled,
        @Schema(description = "Always false: the status is never inferred") boolean completionInferred,
        @Schema(description = "{workload, ctx}, redacted; values over 4 KiB cut unless full=true") Map<String, Object> variables,
        String startTime,
        String endTime,
        Double durationSeconds,
        String durationHuman) {

    private static final Set<String> CURRENT = Set.of("PENDING", "RUNNING");

    static ExecutionStatusView from(ExecutionProgress p) {
        ExecutionSnapshot e = p.execution();
        List<String> current = names(p.steps(), CURRENT);
        return new ExecutionStatusView(Ids.wire(e.executionId()), e.status(), current.isEmpty() ? null : current.get(0),
                current, names(p.steps(), Set.of("COMPLETED")), names(p.steps(), Set.of("FAILED")),
                e.completedFlag(), e.failedFlag(), e.cancelledFlag(), false,
                Map.of("workload", p.workload(), "ctx", p.ctx()), Timestamps.wire(e.createdAt()),
                Timestamps.wire(e.endedAt()), e.durationSeconds(), HumanDuration.of(e.durationSeconds()));
    }

    private static List<String> names(List<StepProgress> steps, Set<String> statuses) {
        return steps.stream().filter(s -> statuses.contains(s.status())).map(StepProgress::name).toList();
    }
}
