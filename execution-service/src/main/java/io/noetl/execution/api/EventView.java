package io.noetl.execution.api;

import io.noetl.execution.model.LoggedEvent;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Event of api.md §4.2, with upstream's aliases node_id (= node_name) and timestamp (= created_at). */
@Schema(name = "Event")
public record EventView(
        @Schema(example = "7689598279585628999") String eventId,
        String executionId,
        @Schema(description = "The causing event, e.g. the step.exit that issued a command") String parentEventId,
        String parentExecutionId,
        String catalogId,
        String commandId,
        @Schema(example = "command.completed") String eventType,
        @Schema(example = "greet") String nodeName,
        @Schema(example = "python") String nodeType,
        @Schema(example = "COMPLETED") String status,
        @Schema(description = "Seconds") Double duration,
        Object context,
        Object result,
        String error,
        Map<String, Object> meta,
        String workerId,
        String createdAt,
        @Schema(description = "Alias of node_name") String nodeId,
        @Schema(description = "Alias of created_at") String timestamp) {

    static EventView from(LoggedEvent e) {
        String created = Timestamps.wire(e.createdAt());
        return new EventView(Ids.wire(e.eventId()), Ids.wire(e.executionId()), id(e.parentEventId()),
                id(e.parentExecutionId()), Ids.wire(e.catalogId()), id(e.commandId()), e.eventType(), e.nodeName(),
                e.nodeType(), e.status(), e.duration(), e.context(), e.result(), e.error(), e.meta(), e.workerId(),
                created, e.nodeName(), created);
    }

    private static String id(Long id) {
        return id == null ? null : Ids.wire(id);
    }
}
