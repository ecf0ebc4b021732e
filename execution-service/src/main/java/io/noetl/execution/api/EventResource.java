package io.noetl.execution.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.service.EventIntake;
import io.noetl.execution.service.ExecutionMetrics;
import io.noetl.platform.error.RequestIds;
import io.noetl.platform.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Worker reports (api.md §4.3): a batch per command, and upstream's single event as a batch of one. */
@Path("/api/events")
@Tag(name = "Events", description = "Worker reports of command progress and outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventIntake intake;
    private final ObjectMapper json;
    private final ExecutionConfig config;
    private final ExecutionMetrics metrics;

    public EventResource(EventIntake intake, ObjectMapper json, ExecutionConfig config, ExecutionMetrics metrics) {
        this.metrics = metrics;
        this.intake = intake;
        this.json = json;
        this.config = config;
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "reportEventBatch", summary = "Report one command's events atomically")
    @APIResponse(responseCode = "200", description = "Stored and routed, or a duplicate of an earlier report")
    @APIResponse(responseCode = "400", description = "Unreadable body")
    @APIResponse(responseCode = "404", description = "No such execution or command")
    @APIResponse(responseCode = "409", description = "stale_lease: the lease is no longer held; already_terminal: the execution ended")
    @APIResponse(responseCode = "413", description = "Body over the size limit")
    @APIResponse(responseCode = "422", description = "Not a worker event type, or the terminal event is not last")
    @APIResponse(responseCode = "503", description = "Database busy or unreachable; retry")
    public Uni<BatchResultView> batch(String body, @HeaderParam("Idempotency-Key") String key, @Context ContainerRequestContext request) {
        // Timed from parsing on, so refused reports show up in noetl_event_batch_seconds too.
        return metrics.timeBatch(() -> intake.report(EventBodies.batch(body, key, config.limits().bodyBytes(),
                config.limits().eventsPerBatch(), json))).map(o -> BatchResultView.from(o, RequestIds.of(request), key));
    }

    @POST
    @Operation(operationId = "reportEvent", summary = "Report one event (upstream); command_id and lease_token in meta")
    @APIResponse(responseCode = "200", description = "Stored and routed, or a duplicate")
    @APIResponse(responseCode = "400", description = "Unreadable body")
    @APIResponse(responseCode = "404", description = "No such execution or command")
    @APIResponse(responseCode = "409", description = "stale_lease or already_terminal")
    @APIResponse(responseCode = "413", description = "Body over the size limit")
    @APIResponse(responseCode = "422", description = "Not a worker event type")
    @APIResponse(responseCode = "503", description = "Database busy or unreachable; retry")
    public Uni<Map<String, Object>> single(String body, @HeaderParam("Idempotency-Key") String key) {
        ObjectNode root = (ObjectNode) JsonBodies.object(body, config.limits().bodyBytes(), json);
        ObjectNode batch = json.createObjectNode();
        batch.set("execution_id", root.get("execution_id"));
        batch.set("worker_id", root.get("worker_id"));
        batch.putArray("events").add(root);
        return intake.report(EventBodies.batch(batch.toString(), key, config.limits().bodyBytes(), config.limits().eventsPerBatch(), json))
                .map(o -> Map.of("status", "ok", "event_id", o.eventIds().isEmpty() ? "" : o.eventIds().get(o.eventIds().size() - 1).toString(),
                        "commands_generated", o.commandsGenerated(), "duplicate", o.duplicate()));
    }
}
