package io.noetl.execution.api;

import io.noetl.platform.model.LeasedCommand;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Command of api.md §4.4. Upstream names sit beside ours: {@code event_id} (the command.issued event has the
 * command's id), {@code step}/{@code node_id}/{@code node_name} and {@code action} (= tool_kind).
 */
@Schema(name = "Command")
public record CommandView(@Schema(example = "5012345678901234567") String commandId, String eventId, String executionId,
                          String catalogId, @Schema(example = "fetch") String step, String nodeId, String nodeName,
                          @Schema(example = "http") String action, String toolKind, @Schema(example = "default") String pool,
                          @Schema(enumeration = {"PENDING", "LEASED", "RUNNING", "COMPLETED", "FAILED", "CANCELLED"}) String status,
                          int attempt, int maxAttempts, long leaseToken, String leaseUntil, String workerId,
                          boolean cancelRequested, Integer loopIndex,
                          @Schema(description = "Tool spec and render context, never secrets") Map<String, Object> context,
                          Map<String, Object> meta, String createdAt) {

    public static CommandView of(LeasedCommand c) {
        String id = Ids.wire(c.commandId());
        return new CommandView(id, id, Ids.wire(c.executionId()), Ids.wire(c.catalogId()), c.stepName(), c.stepName(),
                c.stepName(), c.toolKind(), c.toolKind(), c.pool(), c.status(), c.attempt(), c.maxAttempts(),
                c.leaseToken(), Timestamps.wire(c.leaseUntil()), c.workerId(), c.cancelRequested(), c.loopIndex(),
                c.context().getMap(), Map.of(), Timestamps.wire(c.createdAt()));
    }
}
