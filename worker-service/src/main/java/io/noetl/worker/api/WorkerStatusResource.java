package io.noetl.worker.api;

import io.noetl.worker.service.ToolRegistry;
import io.noetl.worker.service.WorkerLoop;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this worker is doing (api.md §5): slots, commands in flight, pools and tool kinds. */
@Path("/api/worker/status")
@Tag(name = "Worker", description = "This worker's slots and running commands")
@Produces(MediaType.APPLICATION_JSON)
public class WorkerStatusResource {

    private final WorkerLoop loop;
    private final ToolRegistry tools;

    public WorkerStatusResource(WorkerLoop loop, ToolRegistry tools) {
        this.loop = loop;
        this.tools = tools;
    }

    @GET
    @Operation(operationId = "getWorkerStatus", summary = "Slots, commands in flight, pools and tools of this worker")
    @APIResponse(responseCode = "200", description = "The status")
    public Map<String, Object> status() {
        List<Map<String, Object>> running = loop.inFlight();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("worker_id", loop.workerId());
        out.put("pools", loop.pools());
        out.put("draining", loop.draining());
        out.put("slots", Map.of("total", loop.slots(), "busy", running.size(), "free", Math.max(0, loop.slots() - running.size())));
        out.put("buffered", loop.buffered());
        out.put("listen_connected", loop.listening());
        out.put("last_lease_at", loop.counters().lastLeaseAt() == null ? null : loop.counters().lastLeaseAt().toString());
        out.put("in_flight", running);
        out.put("counters", loop.counters().view());
        out.put("tools", tools.kinds());
        return out;
    }
}
