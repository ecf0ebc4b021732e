package io.noetl.platform.api;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** `GET /metrics`, the upstream path of the Prometheus scrape (the same text as /q/metrics). */
@Path("/metrics")
@Tag(name = "Health")
public class MetricsAlias {

    private final PrometheusMeterRegistry registry;

    public MetricsAlias(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @Operation(operationId = "getMetrics", summary = "Prometheus metrics (alias of /q/metrics)")
    public String scrape() {
        return registry.scrape();
    }
}
