package io.noetl.execution.api;

import io.noetl.execution.model.CancellationState;
import io.noetl.platform.web.Ids;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workers' cheap poll: status, latest event type, and upstream's flags. */
@Schema(name = "CancellationCheck")
public record CancellationCheckView(
        String executionId,
        @Schema(example = "RUNNING") String status,
        @Schema(description = "Type of the latest event, or null", example = "command.completed") String eventType,
        boolean cancelled,
        boolean completed,
        boolean failed) {

    static CancellationCheckView from(CancellationState c) {
        return new CancellationCheckView(Ids.wire(c.execution().executionId()), c.execution().status(),
                c.latestEventType(), c.execution().cancelledFlag(), c.execution().completedFlag(),
                c.execution().failedFlag());
    }
}
