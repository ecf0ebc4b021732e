package io.noetl.scheduler.service;

import io.noetl.scheduler.config.SchedulerConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Drives the tick and the run-status sync with Vert.x timers (sub-second periods, which @Scheduled's syntax
 * does not take). The next pass is armed when one ends, so passes never overlap, after the interval ±20 %:
 * replicas drift apart instead of one always reaching due schedules first.
 */
@ApplicationScoped
public class TickTimer {

    private final Vertx vertx;
    private final ScheduleTick tick;
    private final RunStatusSync sync;
    private final SchedulerConfig config;
    private volatile boolean stopped;

    public TickTimer(Vertx vertx, ScheduleTick tick, RunStatusSync sync, SchedulerConfig config) {
        this.vertx = vertx;
        this.tick = tick;
        this.sync = sync;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        arm(config.tick().interval(), tick::tick);
        arm(config.sync().interval(), sync::tick);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    private void arm(Duration interval, Supplier<Uni<Void>> pass) {
        if (stopped) return;
        long millis = Math.max(1, Math.round(interval.toMillis() * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
        vertx.setTimer(millis, id -> pass.get().onTermination().invoke(() -> arm(interval, pass))
                .subscribe().with(ok -> { }, failed -> { }));
    }
}
