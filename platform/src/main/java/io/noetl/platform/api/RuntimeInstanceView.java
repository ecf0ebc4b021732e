package io.noetl.platform.api;

import io.noetl.platform.model.RuntimeInstance;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RuntimeInstance on the wire (api.md §2). */
@Schema(name = "RuntimeInstance", description = "One registered service instance")
public record RuntimeInstanceView(
        @Schema(description = "Registry row id (snowflake, as a string)", example = "7689598279585628170") String runtimeId,
        @Schema(example = "execution_api") String kind,
        @Schema(description = "Instance name, unique per kind", example = "execution-service-7c9f:4121") String name,
        @Schema(description = "Base URL other services call", example = "http://10.0.0.12:8082") String uri,
        @Schema(example = "ready") String status,
        Map<String, Object> labels,
        Map<String, Object> capabilities,
        Integer capacity,
        Map<String, Object> runtime,
        @Schema(example = "2026-11-26T23:05:54.784Z") String heartbeat,
        @Schema(description = "Seconds since the last heartbeat, by the database clock") double heartbeatAgeSeconds,
        String createdAt,
        String updatedAt) {

    public static RuntimeInstanceView from(RuntimeInstance r) {
        return new RuntimeInstanceView(Ids.wire(r.runtimeId()), r.kind(), r.name(), r.uri(), r.status(),
                r.labels().getMap(), r.capabilities().getMap(), r.capacity(), r.runtime().getMap(),
                Timestamps.wire(r.heartbeat()), Math.round(r.heartbeatAgeSeconds() * 1000) / 1000.0,
                Timestamps.wire(r.createdAt()), Timestamps.wire(r.updatedAt()));
    }
}
