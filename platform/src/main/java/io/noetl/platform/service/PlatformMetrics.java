package io.noetl.platform.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.noetl.platform.config.RuntimeConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** `noetl_up` and `noetl_info{service,version}`, the two series every service exports (api.md §2). */
@ApplicationScoped
public class PlatformMetrics {

    private final MeterRegistry registry;
    private final RuntimeConfig config;

    public PlatformMetrics(MeterRegistry registry, RuntimeConfig config) {
        this.registry = registry;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("noetl_up", () -> 1).description("1 while the service runs").register(registry);
        Gauge.builder("noetl_info", () -> 1)
                .description("Build information")
                .tag("service", config.service())
                .tag("version", BuildInfo.version())
                .register(registry);
    }
}
