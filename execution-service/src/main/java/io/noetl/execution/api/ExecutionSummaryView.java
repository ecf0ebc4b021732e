package io.noetl.execution.api;

import io.noetl.execution.model.ExecutionSnapshot;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ExecutionSummary of api.md §4.1; result is only filled in by the single-execution read. */
@Schema(name = "ExecutionSummary")
public record ExecutionSummaryView(
        @Schema(example = "7689598279585628170") String executionId,
        @Schema(example = "7689598279585628100") String catalogId,
        @Schema(example = "examples/hello_world") String path,
        @Schema(example = "1") Integer version,
        @Schema(example = "RUNNING") String status,
        String parentExecutionId,
        String rootExecutionId,
        String parentStep,
        @Schema(description = "{type: api|schedule|parent, schedule_id?, fire_time?}") Map<String, Object> trigger,
        @Schema(description = "= created_at") String startTime,
        String endTime,
        @Schema(description = "Seconds since start; still growing while not terminal") Double durationSeconds,
        @Schema(example = "1m 12s") String durationHuman,
        @Schema(description = "100 when terminal, else finished ÷ total steps capped at 99") int progress,
        @Schema(description = "Null in lists") Object result,
        @Schema(description = "Error message or null") String error,
        ErrorDetailView errorDetail,
        boolean cancelRequested) {

    static ExecutionSummaryView from(ExecutionSnapshot e, boolean withResult) {
        ErrorDetailView detail = ErrorDetailView.from(e.error());
        return new ExecutionSummaryView(Ids.wire(e.executionId()), Ids.wire(e.catalogId()), e.path(), e.version(),
                e.status(), e.parentExecutionId() == null ? null : Ids.wire(e.parentExecutionId()),
                Ids.wire(e.rootExecutionId()), e.parentStep(), e.trigger() == null ? Map.of() : e.trigger(),
                Timestamps.wire(e.createdAt()), Timestamps.wire(e.endedAt()), e.durationSeconds(),
                HumanDuration.of(e.durationSeconds()), e.progress(), withResult ? e.result() : null,
                detail == null ? null : detail.message(), detail, e.cancelRequested());
    }

    public static ExecutionSummaryView inList(ExecutionSnapshot e) {
        return from(e, false);
    }
}
