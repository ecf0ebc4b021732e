package io.noetl.catalog.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.catalog.config.CatalogConfig;
import io.noetl.catalog.model.RegisterRequest;
import io.noetl.catalog.service.CatalogService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import io.noetl.platform.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Writes to the catalog: register, soft delete, restore (api.md §3.1). */
@Path("/api/catalog")
@Tag(name = "Catalog", description = "Versioned playbooks and other resources")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    static final String HELLO = """
            {"content": "apiVersion: noetl.io/v2\\nkind: Playbook\\nmetadata:\\n  name: hello\\n  path: examples/hello\\nworkflow:\\n  - step: start\\n    tool: {kind: noop}\\n"}""";

    private final CatalogService catalog;
    private final ObjectMapper json;
    private final CatalogConfig config;

    public CatalogResource(CatalogService catalog, ObjectMapper json, CatalogConfig config) {
        this.catalog = catalog;
        this.json = json;
        this.config = config;
    }

    @POST
    @Path("/register")
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "text/yaml", "application/x-yaml"})
    @Operation(operationId = "registerCatalogEntry", summary = "Validate a document and store it as a new immutable version")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "hello", value = HELLO)),
            @Content(mediaType = "application/yaml")})
    @APIResponse(responseCode = "200", description = "Registered, or unchanged when identical to the latest version")
    @APIResponse(responseCode = "413", description = "The document or body is over its size limit")
    @APIResponse(responseCode = "422", description = "The document breaks rules; every problem is listed")
    public Uni<RegisterResultView> register(String body, @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "Kind when the document has none", example = "playbook") @QueryParam("resource_type") String resourceType) {
        RegisterRequest request = contentType != null && contentType.toLowerCase().contains("json")
                ? RegisterBodies.fromJson(body, config.limits().registerBodyBytes(), json)
                : RegisterBodies.fromYaml(body, resourceType);
        return catalog.register(request).map(RegisterResultView::from);
    }

    @DELETE
    @Path("/{catalog_id}")
    @Operation(operationId = "deleteCatalogEntry", summary = "Soft delete one version")
    @APIResponse(responseCode = "200", description = "The version, with deleted_at")
    @APIResponse(responseCode = "404", description = "No catalog entry with this id")
    public Uni<CatalogSummaryView> delete(@PathParam("catalog_id") String id) {
        return catalog.delete(Ids.pathParam("catalog_id", id)).map(CatalogSummaryView::from);
    }

    @POST
    @Path("/{catalog_id}/restore")
    @Operation(operationId = "restoreCatalogEntry", summary = "Undo a soft delete")
    @APIResponse(responseCode = "200", description = "The version, live again")
    @APIResponse(responseCode = "404", description = "No catalog entry with this id")
    public Uni<CatalogSummaryView> restore(@PathParam("catalog_id") String id) {
        return catalog.restore(Ids.pathParam("catalog_id", id)).map(CatalogSummaryView::from);
    }
}
