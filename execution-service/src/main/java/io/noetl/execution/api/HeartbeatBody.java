package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.platform.web.JsonBodies;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of `POST /api/commands/{command_id}/heartbeat`: the lease it extends is named by its token. */
@Schema(name = "HeartbeatRequest")
public record HeartbeatBody(@Schema(example = "worker-1") String workerId,
                            @Schema(description = "Token from the lease", example = "1") Long leaseToken,
                            @Schema(description = "Extend to at least this many seconds from now, 5–3600", example = "60") Long extendSeconds) {

    static HeartbeatBody parse(String body, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        return new HeartbeatBody(JsonBodies.text(root, "worker_id"), token(root), CommandBodies.integer(root, "extend_seconds"));
    }

    /** Checks the body (422 listing every problem) and answers the extension asked for. */
    Duration validate(ExecutionConfig.Commands limits) {
        CommandBodies check = new CommandBodies();
        check.worker(workerId);
        check.required(leaseToken, "lease_token");
        Duration extend = check.seconds(extendSeconds, limits.minLease(), limits.maxLease(), limits.defaultLease(), "extend_seconds");
        check.done();
        return extend;
    }

    /** Tokens are integers; a string of digits is accepted too, as for ids (api.md §1.2). */
    private static Long token(JsonNode root) {
        JsonNode n = root.get("lease_token");
        if (n != null && n.isTextual() && n.asText().matches("[0-9]{1,18}")) return Long.parseLong(n.asText());
        return CommandBodies.integer(root, "lease_token");
    }
}
