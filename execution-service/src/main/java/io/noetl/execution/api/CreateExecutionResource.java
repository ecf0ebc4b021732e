package io.noetl.execution.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.service.ExecuteService;
import io.noetl.platform.auth.InternalCaller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Starting executions the REST way (api.md §4.1): 201 with Location when new, 200 for a repeated key. It sits
 * on the {@code /api/executions} class path with the read routes, since the router matches class paths first.
 */
@Path("/api/executions")
@Tag(name = "Executions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreateExecutionResource {

    private final ExecuteService executions;
    private final ObjectMapper json;
    private final ExecutionConfig config;
    private final InternalCaller internal;

    public CreateExecutionResource(ExecuteService executions, ObjectMapper json, ExecutionConfig config, InternalCaller internal) {
        this.internal = internal;
        this.executions = executions;
        this.json = json;
        this.config = config;
    }

    @POST
    @Operation(operationId = "createExecution", summary = "Start an execution (201 when new, 200 when repeated)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "hello", value = ExecuteResource.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Started; Location names the execution")
    @APIResponse(responseCode = "200", description = "The execution a repeated idempotency key started")
    @APIResponse(responseCode = "401", description = "An idempotency key starting schedule: without the internal token")
    @APIResponse(responseCode = "403", description = "An idempotency key starting schedule: with another token")
    @APIResponse(responseCode = "404", description = "No playbook at this path and version, or no such catalog_id")
    @APIResponse(responseCode = "409", description = "Catalog entry deleted, or the idempotency key started another playbook")
    @APIResponse(responseCode = "413", description = "Body or payload over its size limit")
    @APIResponse(responseCode = "422", description = "No playbook reference, not a playbook, unknown parent")
    @APIResponse(responseCode = "503", description = "catalog-service unreachable; retry")
    public Uni<RestResponse<ExecuteResultView>> create(String body, @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("Authorization") String authorization) {
        return executions.execute(ReservedKeys.check(ExecuteResource.request(body, key, config, json), authorization, internal)).map(ExecuteResultView::from).map(v -> v.created()
                ? RestResponse.ResponseBuilder.<ExecuteResultView>created(URI.create("/api/executions/" + v.execution_id())).entity(v).build()
                : RestResponse.ok(v));
    }

}
