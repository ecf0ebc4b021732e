package io.noetl.execution.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.model.ExecuteRequest;
import io.noetl.execution.service.ExecuteService;
import io.noetl.platform.auth.InternalCaller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starting executions, upstream's way (api.md §4.1): {@code POST /api/execute}, 200 for new and repeat. */
@Path("/api/execute")
@Tag(name = "Executions", description = "Start, follow and control playbook runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExecuteResource {

    static final String EXAMPLE = """
            {"path": "examples/hello_world", "payload": {"who": "NoETL"}}""";

    private final ExecuteService executions;
    private final ObjectMapper json;
    private final ExecutionConfig config;
    private final InternalCaller internal;

    public ExecuteResource(ExecuteService executions, ObjectMapper json, ExecutionConfig config, InternalCaller internal) {
        this.internal = internal;
        this.executions = executions;
        this.json = json;
        this.config = config;
    }

    @POST
    @Operation(operationId = "executePlaybook", summary = "Start an execution (upstream shape: 200 for new and repeat)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "hello", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Started, or the execution a repeated idempotency key started")
    @APIResponse(responseCode = "401", description = "An idempotency key starting schedule: without the internal token")
    @APIResponse(responseCode = "403", description = "An idempotency key starting schedule: with another token")
    @APIResponse(responseCode = "404", description = "No playbook at this path and version, or no such catalog_id")
    @APIResponse(responseCode = "409", description = "Catalog entry deleted, or the idempotency key started another playbook")
    @APIResponse(responseCode = "413", description = "Body or payload over its size limit")
    @APIResponse(responseCode = "422", description = "No playbook reference, not a playbook, unknown parent")
    @APIResponse(responseCode = "503", description = "catalog-service unreachable; retry")
    public Uni<ExecuteResultView> execute(String body, @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("Authorization") String authorization) {
        return executions.execute(ReservedKeys.check(request(body, key), authorization, internal)).map(ExecuteResultView::from);
    }

    static ExecuteRequest request(String body, String key, ExecutionConfig config, ObjectMapper json) {
        return ExecuteBodies.parse(body, key, config.limits().executeBodyBytes(), config.limits().payloadBytes(), json);
    }

    private ExecuteRequest request(String body, String key) {
        return ExecuteBodies.parse(body, key, config.limits().executeBodyBytes(), config.limits().payloadBytes(), json);
    }
}
