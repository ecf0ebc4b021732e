package io.noetl.execution.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.noetl.execution.model.ExecutionSnapshot;
import io.noetl.platform.web.Ids;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /api/executions/{id}/result: nothing until terminal, then the result (and error). */
@Schema(name = "ExecutionResult")
public record ExecutionResultView(
        String executionId,
        @Schema(example = "COMPLETED") String status,
        @JsonProperty("final") @Schema(description = "True once the execution is terminal") boolean isFinal,
        @Schema(description = "The execution result; null until terminal") Object result,
        @Schema(description = "For FAILED and CANCELLED") ErrorDetailView errorDetail) {

    static ExecutionResultView from(ExecutionSnapshot e) {
        boolean done = e.terminal();
        boolean erred = e.failedFlag() || e.cancelledFlag();
        return new ExecutionResultView(Ids.wire(e.executionId()), e.status(), done, done ? e.result() : null,
                done && erred ? ErrorDetailView.from(e.error()) : null);
    }
}
