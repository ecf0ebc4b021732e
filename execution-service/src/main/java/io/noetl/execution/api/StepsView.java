package io.noetl.execution.api;

import io.noetl.execution.model.ExecutionSteps;
import io.noetl.platform.web.Ids;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /api/executions/{id}/steps. */
@Schema(name = "ExecutionSteps")
public record StepsView(String executionId, List<StepStateView> items) {

    static StepsView from(ExecutionSteps s) {
        return new StepsView(Ids.wire(s.executionId()), s.steps().stream().map(StepStateView::from).toList());
    }
}
