package io.noetl.platform.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How loaded this instance's database pool is, for `GET /api/pool/status` (upstream workers poll it to
 * back off). In-use and waiting counts come from the Vert.x SQL client metrics the pool already
 * publishes, so reading them costs no query.
 */
@ApplicationScoped
public class PoolLoad {

    /** Snapshot of the pool; utilization is in-use ÷ maximum. */
    public record Snapshot(String status, int poolMax, int poolSize, int poolAvailable, int requestsWaiting,
                           double utilization, int slotsAvailable) {
    }

    private final Pool pool;
    private final MeterRegistry metrics;
    private final int max;

    public PoolLoad(Pool pool, MeterRegistry metrics) {
        this.pool = pool;
        this.metrics = metrics;
        // The datasource's own setting, read once (it is Quarkus's key, not one of ours).
        this.max = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.reactive.max-size", Integer.class).orElse(20);
    }

    public Snapshot snapshot() {
        int inUse = (int) gauge("postgresql.current");
        int waiting = (int) gauge("postgresql.queue.size");
        int available = Math.max(0, max - inUse);
        double utilization = max == 0 ? 1.0 : Math.min(1.0, inUse / (double) max);
        String status = waiting > 0 ? "saturated" : utilization >= 0.8 ? "busy" : "ok";
        return new Snapshot(status, max, pool.size(), available, waiting, utilization, available);
    }

    private double gauge(String name) {
        Gauge g = metrics.find(name).gauge();
        return g == null || Double.isNaN(g.value()) ? 0 : g.value();
    }
}
