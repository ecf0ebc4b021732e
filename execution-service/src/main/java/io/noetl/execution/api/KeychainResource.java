package io.noetl.execution.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.service.KeychainService;
import io.noetl.platform.auth.InternalCaller;
import io.noetl.platform.web.Ids;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The encrypted token cache (api.md §4.6). Token data comes back only to the internal service token. */
@Path("/api/keychain")
@Tag(name = "Keychain", description = "Encrypted cache of tokens and secrets, per playbook and scope")
@Produces(MediaType.APPLICATION_JSON)
public class KeychainResource {

    static final String EXAMPLE = """
            {"token_data": {"access_token": "…", "token_type": "Bearer"}, "credential_type": "oauth2_client_credentials", "ttl_seconds": 3000}""";

    private final KeychainService keychain;
    private final InternalCaller internal;
    private final ObjectMapper json;

    public KeychainResource(KeychainService keychain, InternalCaller internal, ObjectMapper json) {
        this.keychain = keychain;
        this.internal = internal;
        this.json = json;
    }

    @GET
    @Path("/{catalog_id}/{keychain_name}")
    @Operation(operationId = "getKeychainEntry", summary = "Read a cached secret (internal service token only)")
    @APIResponse(responseCode = "200", description = "The entry (success), expired with auto_renew, or not_found")
    @APIResponse(responseCode = "401", description = "No internal service token")
    @APIResponse(responseCode = "403", description = "A token other than the internal service token")
    @APIResponse(responseCode = "422", description = "A local or shared scope without an existing execution")
    public Uni<KeychainViews.Entry> get(@PathParam("catalog_id") String catalogId,
            @Parameter(example = "api_token") @PathParam("keychain_name") String keychainName,
            @Parameter(description = "Execution, for local and shared scope") @QueryParam("execution_id") String executionId,
            @Parameter(example = "global") @QueryParam("scope_type") String scopeType,
            @HeaderParam("Authorization") String authorization) {
        internal.require(authorization);
        return keychain.read(KeychainParams.address(catalogId, keychainName, executionId, scopeType))
                .map(KeychainViews.Entry::of);
    }

    @POST
    @Path("/{catalog_id}/{keychain_name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setKeychainEntry", summary = "Store or replace a keychain entry, encrypted")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "oauth", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Stored; the cache key and expiry")
    @APIResponse(responseCode = "413", description = "token_data over 64 KiB, or the body over 1 MiB")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields; every problem listed")
    public Uni<KeychainViews.Stored> set(@PathParam("catalog_id") String catalogId,
            @PathParam("keychain_name") String keychainName, String body) {
        long catalog = Ids.pathParam("catalog_id", catalogId);
        String name = KeychainParams.name(keychainName);
        return keychain.set(KeychainBodies.parse(body, catalog, name, json)).map(KeychainViews.Stored::of);
    }

    @DELETE
    @Path("/{catalog_id}/{keychain_name}")
    @Operation(operationId = "deleteKeychainEntry", summary = "Remove a keychain entry")
    @APIResponse(responseCode = "200", description = "success, or not_found when there was none")
    @APIResponse(responseCode = "422", description = "A local or shared scope without an existing execution")
    public Uni<KeychainViews.Deleted> delete(@PathParam("catalog_id") String catalogId,
            @PathParam("keychain_name") String keychainName, @QueryParam("execution_id") String executionId,
            @QueryParam("scope_type") String scopeType) {
        var address = KeychainParams.address(catalogId, keychainName, executionId, scopeType);
        return keychain.delete(address).map(deleted -> KeychainViews.Deleted.of(deleted, address.name(), address.catalogId()));
    }

    @GET
    @Path("/catalog/{catalog_id}")
    @Operation(operationId = "listKeychainEntries", summary = "Entries of one playbook, metadata only")
    @APIResponse(responseCode = "200", description = "The entries, without token data")
    public Uni<KeychainViews.Listing> list(@Parameter(example = "7689598279585628170") @PathParam("catalog_id") String catalogId) {
        long catalog = Ids.pathParam("catalog_id", catalogId);
        return keychain.list(catalog).map(entries -> KeychainViews.Listing.of(catalog, entries));
    }
}
