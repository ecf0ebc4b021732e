package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.WorkerPoolRegistration;
import io.noetl.execution.service.WorkerPoolService;
import io.noetl.platform.error.BadRequest;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.model.RuntimeStatus;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Worker-pool registration for upstream-style workers (api.md §4.8); rows get kind worker_pool. */
@Path("/api/worker")
@Tag(name = "Worker pools", description = "Upstream-compatible worker-pool registration")
@Produces(MediaType.APPLICATION_JSON)
public class WorkerPoolResource {

    static final String EXAMPLE = """
            {"name": "worker-cpu-01", "runtime": "cpu", "base_url": "http://10.0.0.7:8080", "capacity": 4, "labels": {"zone": "a"}}""";

    private final WorkerPoolService pools;
    private final ObjectMapper json;

    public WorkerPoolResource(WorkerPoolService pools, ObjectMapper json) {
        this.pools = pools;
        this.json = json;
    }

    @POST
    @Path("/pool/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWorkerPool", summary = "Register or update a worker pool")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "cpu", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Registered; the id stays the same across registrations")
    @APIResponse(responseCode = "422", description = "No name, or an invalid status, capacity or component_type")
    public Uni<WorkerPoolViews.Registered> register(String body) {
        WorkerPoolRegistration r = WorkerPoolBodies.registration(JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json), json);
        return pools.register(r).map(id -> new WorkerPoolViews.Registered("ok", r.name(), Ids.wire(id),
                RuntimeKind.WORKER_POOL.wire(), r.runtimeType()));
    }

    @POST
    @Path("/pool/heartbeat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "heartbeatWorkerPool", summary = "Refresh a worker pool's heartbeat")
    @APIResponse(responseCode = "200", description = "ok, or recreated from the registration it carried")
    @APIResponse(responseCode = "404", description = "No pool of this name (unknown_runtime), with Retry-After: register again")
    @APIResponse(responseCode = "422", description = "No name")
    public Uni<WorkerPoolViews.Beat> heartbeat(String body) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        return pools.heartbeat(WorkerPoolBodies.name(root, "/name"), WorkerPoolBodies.heartbeatRegistration(root, json)).map(WorkerPoolViews.Beat::of);
    }

    @POST
    @Path("/pool/deregister")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deregisterWorkerPool", summary = "Mark a worker pool offline")
    @APIResponse(responseCode = "200", description = "Marked offline")
    @APIResponse(responseCode = "404", description = "No pool of this name")
    @APIResponse(responseCode = "422", description = "No name")
    public Uni<WorkerPoolViews.Deregistered> deregister(String body) {
        return deregisterNamed(WorkerPoolBodies.name(JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json), "/name"));
    }

    @DELETE
    @Path("/pool/deregister")
    @Operation(operationId = "deregisterWorkerPoolDelete", summary = "Mark a worker pool offline (DELETE form)")
    @APIResponse(responseCode = "200", description = "Marked offline")
    @APIResponse(responseCode = "404", description = "No pool of this name")
    @APIResponse(responseCode = "422", description = "No name")
    public Uni<WorkerPoolViews.Deregistered> deregisterByDelete(
            @Parameter(description = "Pool name, for clients that cannot send a DELETE body") @QueryParam("name") String name,
            String body) {
        // Some proxies drop DELETE bodies, so the name may come as a query parameter instead.
        if ((body == null || body.isBlank()) && name != null) {
            return deregisterNamed(WorkerPoolBodies.name(json.createObjectNode().put("name", name), "query.name"));
        }
        return deregister(body);
    }

    @GET
    @Path("/pools")
    @Operation(operationId = "listWorkerPools", summary = "List worker pools by name")
    @APIResponse(responseCode = "200", description = "The pools, filtered")
    public Uni<WorkerPoolViews.Listing> list(@Parameter(example = "cpu") @QueryParam("runtime") String runtime,
            @Parameter(example = "ready") @QueryParam("status") String status) {
        String type = runtime == null || runtime.isBlank() ? null : runtime.trim().toLowerCase(Locale.ROOT);
        String wanted = status == null || status.isBlank() ? null : RuntimeStatus.parse(status)
                .orElseThrow(() -> BadRequest.invalidParameter("query.status", "must be ready, busy, draining or offline")).wire();
        return pools.list(type, wanted).map(items -> new WorkerPoolViews.Listing(
                items.stream().map(WorkerPoolViews.Item::of).toList(), items.size(), runtime, status));
    }

    private Uni<WorkerPoolViews.Deregistered> deregisterNamed(String name) {
        return pools.deregister(name).map(id -> new WorkerPoolViews.Deregistered("ok", name, Ids.wire(id), RuntimeKind.WORKER_POOL.wire()));
    }
}
