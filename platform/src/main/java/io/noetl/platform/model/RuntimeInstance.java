package io.noetl.platform.model;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/**
 * One row of the runtime registry. {@code heartbeatAgeSeconds} is computed by the database clock, the
 * only clock liveness is judged by (reliability.md §2).
 */
public record RuntimeInstance(long runtimeId, String kind, String name, String uri, String status,
                              JsonObject labels, JsonObject capabilities, Integer capacity, JsonObject runtime,
                              OffsetDateTime heartbeat, double heartbeatAgeSeconds,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
