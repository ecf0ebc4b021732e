package io.noetl.platform.service;

import io.noetl.platform.config.RuntimeConfig;
import io.noetl.platform.store.RuntimeRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Marks instances offline when their heartbeat is older than `missed-heartbeats` intervals, and deletes
 * offline rows past retention. One replica at a time through the `runtime.sweeper` lease; two running
 * at once would only write the same rows twice.
 */
@ApplicationScoped
public class RuntimeSweeper {

    public static final String LEASE = "runtime.sweeper";

    private final Pool pool;
    private final RuntimeRepository runtimes;
    private final SingletonLease singleton;
    private final RuntimeConfig config;

    public RuntimeSweeper(Pool pool, RuntimeRepository runtimes, SingletonLease singleton, RuntimeConfig config) {
        this.pool = pool;
        this.runtimes = runtimes;
        this.singleton = singleton;
        this.config = config;
    }

    @Scheduled(every = "${noetl.runtime.heartbeat-interval}", delayed = "${noetl.runtime.heartbeat-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!config.sweeperEnabled()) return Uni.createFrom().voidItem();
        return Loops.tick(LEASE, singleton.runExclusively(LEASE, leaseTtl(), this::runOnce));
    }

    /** One pass; returns the rows marked offline. */
    public Uni<Integer> runOnce() {
        return runtimes.sweepStale(pool, staleAfter())
                .call(() -> runtimes.deleteOldOffline(pool, config.offlineRetention()));
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            singleton.release(LEASE).await().atMost(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            // Not fatal: a peer takes over once the lease expires.
        }
    }

    Duration staleAfter() {
        return config.heartbeatInterval().multipliedBy(config.missedHeartbeats());
    }

    /** Long enough to survive one missed renewal, short enough that a dead leader is replaced quickly. */
    Duration leaseTtl() {
        return config.heartbeatInterval().multipliedBy(3);
    }
}
