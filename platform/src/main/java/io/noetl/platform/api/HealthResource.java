package io.noetl.platform.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Upstream-compatible liveness: 200 while the process serves. Kubernetes probes use /q/health/*, which
 * also checks the database.
 */
@Path("/")
@Tag(name = "Health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @GET
    @Path("health")
    @Operation(operationId = "getHealth", summary = "The process is serving")
    public Map<String, String> health() {
        return OK;
    }

    @GET
    @Path("api/health")
    @Operation(operationId = "getApiHealth", summary = "The process is serving (upstream path)")
    public Map<String, String> apiHealth() {
        return OK;
    }
}
