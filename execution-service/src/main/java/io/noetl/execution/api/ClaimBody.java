package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.platform.web.JsonBodies;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of `POST /api/commands/{command_id}/claim`; upstream's `locality` is accepted and ignored. */
@Schema(name = "ClaimRequest")
public record ClaimBody(@Schema(example = "worker-1") String workerId,
                        @Schema(description = "Lease length, 5–3600", example = "60") Long leaseSeconds) {

    static ClaimBody parse(String body, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        return new ClaimBody(JsonBodies.text(root, "worker_id"), CommandBodies.integer(root, "lease_seconds"));
    }

    /** The lease length asked for, after checking the body (422 listing every problem). */
    Duration validate(ExecutionConfig.Commands limits) {
        CommandBodies check = new CommandBodies();
        check.worker(workerId);
        Duration lease = check.seconds(leaseSeconds, limits.minLease(), limits.maxLease(), limits.defaultLease(), "lease_seconds");
        check.done();
        return lease;
    }
}
