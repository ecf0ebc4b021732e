package io.noetl.execution.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.noetl.execution.store.CommandRepository;
import io.noetl.platform.service.Loops;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code noetl_queue_depth{pool}}: due PENDING commands per pool, from one grouped count every few seconds rather
 * than a query per scrape. Every replica reports the same global number (aggregate with max, not sum). A pool
 * that drains stays exported at 0, so dashboards see the drop instead of a vanished series.
 */
@ApplicationScoped
public class QueueDepthGauge {

    static final String LOOP = "execution.queue-depth";

    private final Pool pool;
    private final CommandRepository commands;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> depths = new ConcurrentHashMap<>();

    public QueueDepthGauge(Pool pool, CommandRepository commands, MeterRegistry registry) {
        this.pool = pool;
        this.commands = commands;
        this.registry = registry;
    }

    @Scheduled(every = "${noetl.execution.metrics.queue-depth-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return Loops.tick(LOOP, runOnce());
    }

    /** One refresh; returns how many pools had due commands. */
    public Uni<Integer> runOnce() {
        return commands.dueByPool(pool).map(due -> {
            depths.keySet().forEach(p -> due.putIfAbsent(p, 0L));
            due.forEach((p, n) -> depths.computeIfAbsent(p, this::register).set(n));
            return (int) due.values().stream().filter(n -> n > 0).count();
        });
    }

    private AtomicLong register(String poolName) {
        AtomicLong depth = new AtomicLong();
        Gauge.builder("noetl.queue.depth", depth, AtomicLong::get).description("Due PENDING commands per pool")
                .tag("pool", poolName).register(registry);
        return depth;
    }
}
