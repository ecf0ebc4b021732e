package io.noetl.scheduler.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The scheduler's series: fires started or refused, start attempts that failed and will be retried,
 * slots skipped by catch-up, and fire lateness (actual start minus slot time).
 */
@ApplicationScoped
public class SchedulerMetrics {

    private final Counter started;
    private final Counter refused;
    private final Counter unreachable;
    private final Counter missed;
    private final Timer lateness;

    public SchedulerMetrics(MeterRegistry registry) {
        this.started = Counter.builder("noetl.scheduler.fires").tag("outcome", "started")
                .description("Fires whose execution started").register(registry);
        this.refused = Counter.builder("noetl.scheduler.fires").tag("outcome", "start_failed")
                .description("Fires execution-service refused (run START_FAILED)").register(registry);
        this.unreachable = Counter.builder("noetl.scheduler.start.failures").tag("reason", "unreachable")
                .description("Start attempts that failed and will be retried for the same slot").register(registry);
        this.missed = Counter.builder("noetl.scheduler.missed.slots")
                .description("Slots missed during downtime and skipped by the catch-up policy").register(registry);
        this.lateness = Timer.builder("noetl.scheduler.fire.lateness")
                .description("Actual start minus slot time").publishPercentileHistogram().register(registry);
    }

    public void started(Duration late) {
        started.increment();
        lateness.record(late.isNegative() ? Duration.ZERO : late);
    }

    public void refused() {
        refused.increment();
    }

    public void unreachable() {
        unreachable.increment();
    }

    public void missed(long slots) {
        if (slots > 0) missed.increment(slots);
    }
}
