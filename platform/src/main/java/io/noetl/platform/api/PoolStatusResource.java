package io.noetl.platform.api;

import io.noetl.platform.service.PoolLoad;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Upstream-compatible database pool load (api.md §2 PoolStatus). */
@Path("/api/pool/status")
@Tag(name = "Runtime")
@Produces(MediaType.APPLICATION_JSON)
public class PoolStatusResource {

    private final PoolLoad load;

    public PoolStatusResource(PoolLoad load) {
        this.load = load;
    }

    @GET
    @Operation(operationId = "getPoolStatus", summary = "Database pool load of this instance")
    public PoolLoad.Snapshot status() {
        return load.snapshot();
    }
}
