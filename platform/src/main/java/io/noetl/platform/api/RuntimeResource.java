package io.noetl.platform.api;

import io.noetl.platform.config.RuntimeConfig;
import io.noetl.platform.service.BuildInfo;
import io.noetl.platform.service.RuntimeDirectory;
import io.noetl.platform.service.SchemaVersion;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.noetl.platform.web.Pages;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The runtime registry, readable on every service (api.md §2). */
@Path("/api/runtime")
@Tag(name = "Runtime", description = "Service discovery: registered instances and their heartbeats")
@Produces(MediaType.APPLICATION_JSON)
public class RuntimeResource {

    private final RuntimeDirectory directory;
    private final RuntimeConfig config;
    private final SchemaVersion schema;

    public RuntimeResource(RuntimeDirectory directory, RuntimeConfig config, SchemaVersion schema) {
        this.directory = directory;
        this.config = config;
        this.schema = schema;
    }

    @GET
    @Operation(operationId = "listRuntimeInstances", summary = "List registered instances by kind, then name")
    @APIResponse(responseCode = "200", description = "One page of instances")
    public Uni<RestResponse<Page<RuntimeInstanceView>>> list(
            @Context UriInfo uri,
            @Parameter(description = "Comma list of kinds", example = "worker_pool,execution_api") @QueryParam("kind") String kind,
            @Parameter(description = "Comma list of statuses", example = "ready") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1-1000 (larger is clamped)", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page") @QueryParam("cursor") String cursor) {
        return directory.list(kind, status, PageRequest.parse(limit, cursor))
                .map(page -> page.map(RuntimeInstanceView::from))
                .map(page -> Pages.ok(page, uri));
    }

    @GET
    @Path("/self")
    @Operation(operationId = "getRuntimeSelf", summary = "This instance's registration, version and schema version")
    @APIResponse(responseCode = "200", description = "This instance")
    @APIResponse(responseCode = "409", description = "The instance has not registered yet (not_ready)")
    public Uni<RuntimeSelfView> self() {
        return directory.self().chain(row -> schema.current().map(version ->
                new RuntimeSelfView(RuntimeInstanceView.from(row), config.service(), BuildInfo.version(), version)));
    }
}
