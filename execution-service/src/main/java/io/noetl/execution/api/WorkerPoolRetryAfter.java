package io.noetl.execution.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * api.md §1.8: a 404 to a worker-pool heartbeat carries Retry-After, so an upstream pool waits, then registers
 * again. Platform's problem mapper adds the header only to 503 and some 409s; once it covers unknown_runtime
 * this filter can go.
 */
public class WorkerPoolRetryAfter {

    static final String HEARTBEAT_PATH = "/api/worker/pool/heartbeat";

    @ServerResponseFilter
    public void retryAfter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 404 && HEARTBEAT_PATH.equals(request.getUriInfo().getPath())
                && !response.getHeaders().containsKey("Retry-After")) {
            // Jittered so pools that lost their rows together do not come back in one burst.
            response.getHeaders().putSingle("Retry-After", 1 + ThreadLocalRandom.current().nextInt(5));
        }
    }
}
