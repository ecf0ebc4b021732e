package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.model.LeaseRequest;
import io.noetl.platform.web.JsonBodies;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of `POST /api/commands/lease` (api.md §4.4). */
@Schema(name = "LeaseRequest")
public record LeaseBody(@Schema(example = "worker-1") String workerId,
                        @Schema(description = "Pools to lease from", example = "[\"default\"]") List<String> pools,
                        @Schema(description = "1–64", example = "4") Long max,
                        @Schema(description = "Lease length, 5–3600", example = "60") Long leaseSeconds,
                        @Schema(description = "Long-poll up to this many seconds (0–30) when nothing is due", example = "10") Long waitSeconds) {

    static final int MAX_BATCH = 64;
    static final int MAX_WAIT_SECONDS = 30;

    static LeaseBody parse(String body, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        return new LeaseBody(JsonBodies.text(root, "worker_id"), CommandBodies.strings(root, "pools"),
                CommandBodies.integer(root, "max"), CommandBodies.integer(root, "lease_seconds"),
                CommandBodies.integer(root, "wait_seconds"));
    }

    LeaseRequest validate(ExecutionConfig.Commands limits) {
        CommandBodies check = new CommandBodies();
        check.worker(workerId);
        List<String> wanted = pools == null ? List.of(limits.defaultPool()) : pools;
        if (wanted.isEmpty() || wanted.size() > MAX_BATCH) check.add("/pools", "must name 1 to " + MAX_BATCH + " pools");
        if (wanted.stream().anyMatch(String::isBlank)) check.add("/pools", "must not contain a blank name");
        int n = check.range(max, 1, MAX_BATCH, 1, "max");
        Duration lease = check.seconds(leaseSeconds, limits.minLease(), limits.maxLease(), limits.defaultLease(), "lease_seconds");
        int wait = check.range(waitSeconds, 0, MAX_WAIT_SECONDS, 0, "wait_seconds");
        check.done();
        return new LeaseRequest(workerId, wanted, n, lease, Duration.ofSeconds(wait));
    }
}
