package io.noetl.scheduler.service;

import io.noetl.scheduler.config.SchedulerConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drives the tick and the run-status sync with Vert.x timers (sub-second periods, which @Scheduled's
 * syntax does not take). A pass still running when the timer fires again is not overlapped.
 */
@ApplicationScoped
public class TickTimer {

    private final Vertx vertx;
    private final ScheduleTick tick;
    private final RunStatusSync sync;
    private final SchedulerConfig config;
    private final AtomicBoolean ticking = new AtomicBoolean();
    private final AtomicBoolean syncing = new AtomicBoolean();
    private long tickTimer = -1;
    private long syncTimer = -1;

    public TickTimer(Vertx vertx, ScheduleTick tick, RunStatusSync sync, SchedulerConfig config) {
        this.vertx = vertx;
        this.tick = tick;
        this.sync = sync;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        tickTimer = vertx.setPeriodic(config.tick().interval().toMillis(), id -> once(ticking, tick.tick()));
        syncTimer = vertx.setPeriodic(config.sync().interval().toMillis(), id -> once(syncing, sync.tick()));
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(tickTimer);
        vertx.cancelTimer(syncTimer);
    }

    private static void once(AtomicBoolean running, io.smallrye.mutiny.Uni<Void> pass) {
        if (!running.compareAndSet(false, true)) return;
        pass.onTermination().invoke(() -> running.set(false)).subscribe().with(ok -> { }, failed -> { });
    }
}
