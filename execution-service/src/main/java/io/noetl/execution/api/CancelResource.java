package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.CancelOutcome;
import io.noetl.execution.service.CancelService;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cancel an execution and, by default, its sub-playbook executions (api.md §4.1). */
@Path("/api/executions")
@Tag(name = "Executions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CancelResource {

    private final CancelService cancels;
    private final ObjectMapper json;

    public CancelResource(CancelService cancels, ObjectMapper json) {
        this.cancels = cancels;
        this.json = json;
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelExecution", summary = "Cancel an execution, cascading to its children")
    @APIResponse(responseCode = "200", description = "Cancelled, or already_completed when it had ended")
    @APIResponse(responseCode = "400", description = "Invalid id or unreadable body")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<Map<String, Object>> cancel(@PathParam("id") String id, String body) {
        long executionId = Ids.pathParam("id", id);
        JsonNode root = body == null || body.isBlank() ? json.createObjectNode() : JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        String reason = JsonBodies.text(root, "reason");
        JsonNode cascade = root.get("cascade");
        if (cascade != null && !cascade.isNull() && !cascade.isBoolean()) throw JsonBodies.wrongType("/cascade", "must be a boolean");
        return cancels.cancel(executionId, reason == null ? "User requested cancellation" : reason,
                cascade == null || cascade.isNull() || cascade.asBoolean()).map(CancelResource::view);
    }

    private static Map<String, Object> view(CancelOutcome o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", o.alreadyTerminal() ? "already_completed" : "cancelled");
        v.put("execution_id", Long.toString(o.executionId()));
        v.put("cancelled_executions", o.cancelledExecutions().stream().map(String::valueOf).toList());
        v.put("cancelled_commands", o.cancelledCommands());
        v.put("cancel_requested_commands", o.cancelRequestedCommands());
        v.put("message", o.alreadyTerminal() ? "The execution had already ended; nothing changed." : "Cancelled.");
        return v;
    }
}
