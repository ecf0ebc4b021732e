package io.noetl.worker.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Prometheus metrics of the worker (issue #5): commands leased and the lease statement's latency, command
 * duration by tool kind and outcome, results dropped as stale, and commands the worker could not run or report.
 */
@ApplicationScoped
public class WorkerMetrics {

    private final MeterRegistry registry;
    private final Counter leased;
    private final Counter stale;
    private final Counter errors;
    private final Timer leaseLatency;

    public WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.leased = Counter.builder("noetl.worker.leased").description("Commands leased by this worker").register(registry);
        this.stale = Counter.builder("noetl.worker.stale.results")
                .description("Results dropped because the lease or the execution was over").register(registry);
        this.errors = Counter.builder("noetl.worker.errors")
                .description("Commands this worker could not run or report (their leases expire)").register(registry);
        this.leaseLatency = Timer.builder("noetl.worker.lease").description("Latency of the lease statement").register(registry);
    }

    void leased(int n, Duration took) {
        leased.increment(n);
        leaseLatency.record(took);
    }

    void finished(String toolKind, String outcome, Duration took) {
        Timer.builder("noetl.worker.command").description("Command duration on this worker by tool kind and outcome")
                .tag("tool_kind", toolKind).tag("outcome", outcome).register(registry).record(took);
    }

    void stale() {
        stale.increment();
    }

    void error() {
        errors.increment();
    }
}
