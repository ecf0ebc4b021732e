package io.noetl.catalog.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.catalog.service.CredentialService;
import io.noetl.catalog.service.CredentialValidation;
import io.noetl.platform.auth.InternalCaller;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credentials (api.md §3.2). Data goes in encrypted and comes out only to the internal token. */
@Path("/api/credentials")
@Tag(name = "Credentials", description = "Encrypted credentials for playbook steps")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    static final String EXAMPLE = """
            {"name": "pg_demo", "type": "postgres", "data": {"host": "localhost", "user": "demo", "password": "…", "database": "demo_noetl"}}""";

    private final CredentialService credentials;
    private final InternalCaller internal;
    private final ObjectMapper json;

    public CredentialResource(CredentialService credentials, InternalCaller internal, ObjectMapper json) {
        this.credentials = credentials;
        this.internal = internal;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "upsertCredential", summary = "Create a credential, or replace it by name")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "postgres", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The credential, without data, and warnings")
    @APIResponse(responseCode = "413", description = "Data over 64 KiB")
    @APIResponse(responseCode = "422", description = "Name, type or required data fields invalid; every problem listed")
    public Uni<CredentialView> upsert(String body) {
        var input = CredentialValidation.validate(CredentialBodies.parse(body, json));
        return credentials.upsert(input).map(c -> CredentialView.of(c, null, input.warnings()));
    }

    @GET
    @Operation(operationId = "listCredentials", summary = "List credentials without data, sorted by name")
    @APIResponse(responseCode = "200", description = "One page of credentials")
    public Uni<Map<String, Object>> list(@Parameter(example = "postgres") @QueryParam("type") String type,
            @Parameter(description = "Case-insensitive substring of name or description") @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return credentials.list(type, q, PageRequest.parse(limit, cursor)).map(page -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", page.items().stream().map(CredentialView::of).toList());
            body.put("next_cursor", page.nextCursor());
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("type", type);
            filter.put("q", q);
            body.put("filter", filter);
            return body;
        });
    }

    @GET
    @Path("/{id_or_name}")
    @Operation(operationId = "getCredential", summary = "One credential; data only for the internal service token")
    @APIResponse(responseCode = "200", description = "The credential")
    @APIResponse(responseCode = "404", description = "No credential with this id or name")
    public Uni<CredentialView> get(@PathParam("id_or_name") String idOrName,
            @Parameter(description = "Return decrypted data (internal token required)") @QueryParam("include_data") String includeData,
            @HeaderParam("Authorization") String authorization) {
        if ("true".equalsIgnoreCase(includeData)) {
            internal.require(authorization);
            return credentials.reveal(idOrName).map(r -> CredentialView.of(r.credential(), r.data().getMap(), null));
        }
        return credentials.get(idOrName).map(CredentialView::of);
    }

    @DELETE
    @Path("/{id_or_name}")
    @Operation(operationId = "deleteCredential", summary = "Delete a credential")
    @APIResponse(responseCode = "200", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No credential with this id or name")
    public Uni<Map<String, String>> delete(@PathParam("id_or_name") String idOrName) {
        return credentials.delete(idOrName).map(c -> Map.of("message", "Credential " + c.name() + " deleted.", "id", Ids.wire(c.id())));
    }
}
