package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.service.CleanupService;
import io.noetl.execution.service.FinalizeService;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin repairs of executions that stopped moving (api.md §4.1): finalize one, or clean up every stale one.
 * Class path {@code /api/executions}, not {@code /api}: RESTEasy picks the class by its path first, so a class at
 * {@code /api} would never see requests that an {@code /api/executions} class also matches.
 */
@Path("/api/executions")
@Tag(name = "Executions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaintenanceResource {

    private final FinalizeService finalizer;
    private final CleanupService cleaner;
    private final ObjectMapper json;

    public MaintenanceResource(FinalizeService finalizer, CleanupService cleaner, ObjectMapper json) {
        this.finalizer = finalizer;
        this.cleaner = cleaner;
        this.json = json;
    }

    @POST
    @Path("/{id}/finalize")
    @Operation(operationId = "finalizeExecution", summary = "Force a stuck execution to FAILED (error kind finalized)")
    @APIResponse(responseCode = "200", description = "finalized, or already_completed when it had ended")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<Map<String, Object>> finalizeExecution(@PathParam("id") String id, String body) {
        long executionId = Ids.pathParam("id", id);
        String reason = JsonBodies.text(MaintenanceBodies.root(body, json), "reason");
        return finalizer.finalizeExecution(executionId, reason == null ? FinalizeService.DEFAULT_REASON : reason)
                .map(MaintenanceViews::finalized);
    }

    @POST
    @Path("/cleanup")
    @Operation(operationId = "cleanupStuckExecutions", summary = "Cancel executions with no event and no live lease for a while")
    @APIResponse(responseCode = "200", description = "The executions cancelled, or with dry_run those that would be")
    @APIResponse(responseCode = "422", description = "older_than_minutes below 1")
    public Uni<Map<String, Object>> cleanup(String body) {
        JsonNode root = MaintenanceBodies.root(body, json);
        return cleaner.cleanup(MaintenanceBodies.olderThanMinutes(root), MaintenanceBodies.dryRun(root))
                .map(MaintenanceViews::cleaned);
    }
}
