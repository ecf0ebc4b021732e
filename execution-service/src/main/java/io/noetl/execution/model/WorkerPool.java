package io.noetl.execution.model;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/** A `runtime` row of kind worker_pool as upstream's pool list shows it. */
public record WorkerPool(String name, JsonObject runtime, String status, Integer capacity, JsonObject labels,
                         OffsetDateTime heartbeat, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
