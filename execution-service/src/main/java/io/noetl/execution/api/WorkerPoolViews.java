package io.noetl.execution.api;

import io.noetl.execution.model.WorkerPool;
import io.noetl.execution.model.WorkerPoolBeat;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire shapes of api.md §4.8, as upstream's worker pools expect them. */
public final class WorkerPoolViews {

    private WorkerPoolViews() {
    }

    @Schema(name = "WorkerPoolRegistered")
    public record Registered(@Schema(example = "ok") String status, String name, String runtimeId,
                             @Schema(example = "worker_pool") String kind,
                             @Schema(description = "The runtime type the pool named", example = "cpu") String runtime) {
    }

    @Schema(name = "WorkerPoolHeartbeat")
    public record Beat(@Schema(example = "ok") String status, String name, String runtimeId) {

        static Beat of(WorkerPoolBeat beat) {
            return new Beat(beat.status(), beat.name(), Ids.wire(beat.runtimeId()));
        }
    }

    @Schema(name = "WorkerPoolDeregistered")
    public record Deregistered(String status, String name, String runtimeId, String kind) {
    }

    @Schema(name = "WorkerPool")
    public record Item(String name, Map<String, Object> runtime, String status, Integer capacity,
                       Map<String, Object> labels, String heartbeat, String createdAt, String updatedAt) {

        static Item of(WorkerPool p) {
            return new Item(p.name(), p.runtime() == null ? Map.of() : p.runtime().getMap(), p.status(), p.capacity(),
                    p.labels() == null ? Map.of() : p.labels().getMap(), Timestamps.wire(p.heartbeat()),
                    Timestamps.wire(p.createdAt()), Timestamps.wire(p.updatedAt()));
        }
    }

    @Schema(name = "WorkerPools")
    public record Listing(List<Item> items, int count, String runtime, String status) {
    }
}
