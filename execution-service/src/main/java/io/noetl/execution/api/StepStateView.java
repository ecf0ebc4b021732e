package io.noetl.execution.api;

import io.noetl.execution.model.StepSnapshot;
import io.noetl.platform.web.Timestamps;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** StepState of api.md §4.1; attempts and worker_id come from the step's latest command. */
@Schema(name = "StepState")
public record StepStateView(
        @Schema(example = "greet") String name,
        @Schema(example = "COMPLETED") String status,
        @Schema(example = "python") String toolKind,
        int runCount,
        @Schema(description = "Attempts of the latest command") Integer attempts,
        String startedAt,
        String endedAt,
        Double durationSeconds,
        String workerId,
        LoopView loop,
        @Schema(description = "JSON text ≤ 1 KiB, redacted, ending … when cut") String resultPreview,
        @Schema(description = "{kind, message} or null") Map<String, Object> error) {

    static StepStateView from(StepSnapshot s) {
        return new StepStateView(s.name(), s.status(), s.toolKind(), s.runCount(), s.attempt(),
                Timestamps.wire(s.startedAt()), Timestamps.wire(s.endedAt()),
                s.durationSeconds(), s.workerId(), LoopView.from(s.loop()),
                ResultPreview.of(s.result()), error(s.error()));
    }

    private static Map<String, Object> error(Map<String, Object> error) {
        if (error == null) return null;
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("kind", ErrorDetailView.text(error.get("kind")));
        shown.put("message", ErrorDetailView.text(error.get("message")));
        return shown;
    }
}
