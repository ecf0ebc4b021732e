package io.noetl.scheduler.service;

import io.noetl.platform.service.Loops;
import io.noetl.scheduler.config.SchedulerConfig;
import io.noetl.scheduler.model.Schedule;
import io.noetl.scheduler.model.SlotPlan;
import io.noetl.scheduler.store.FireRepository;
import io.noetl.scheduler.store.ScheduleRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The schedule tick, run by every instance (no singleton: its SQL is what makes fires exactly-once). One
 * short transaction claims due schedules with FOR UPDATE SKIP LOCKED, records their slots in
 * schedule_fire (the primary key refuses a second fire of a slot) and moves next_run_at past the
 * database's now; the starts happen after the commit, through {@link FireStarter}.
 */
@ApplicationScoped
public class ScheduleTick {

    private final Pool pool;
    private final ScheduleRepository schedules;
    private final FireRepository fires;
    private final FireStarter starter;
    private final SchedulerConfig config;
    private final SchedulerMetrics metrics;

    public ScheduleTick(Pool pool, ScheduleRepository schedules, FireRepository fires, FireStarter starter,
                        SchedulerConfig config, SchedulerMetrics metrics) {
        this.pool = pool;
        this.schedules = schedules;
        this.fires = fires;
        this.starter = starter;
        this.config = config;
        this.metrics = metrics;
    }

    /** Called by the timer: a failed pass logs one WARN and the next tick tries again. */
    public Uni<Void> tick() {
        return Loops.tick("scheduler.tick", runOnce());
    }

    /** Records due slots, then starts due fires; returns slots recorded plus start attempts made. */
    public Uni<Integer> runOnce() {
        return recordDue().chain(recorded -> starter.runOnce().map(started -> recorded + started));
    }

    /** One transaction over at most batch-size due schedules; returns the slots recorded. */
    public Uni<Integer> recordDue() {
        return pool.withTransaction(tx -> schedules.claimDue(tx, config.tick().batchSize())
                .chain(due -> Multi.createFrom().iterable(due.schedules())
                        .onItem().transformToUniAndConcatenate(s -> record(tx, s, due.now()))
                        .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))));
    }

    private Uni<Integer> record(SqlClient tx, Schedule s, Instant now) {
        int maxCatchup = s.maxCatchup() != null ? s.maxCatchup() : config.catchup().defaultMax();
        SlotPlan plan = SlotPlan.of(Timings.of(s), s.nextRunAt(), s.catchup(), maxCatchup, now, config.catchup().misfireThreshold());
        List<Instant> slots = plan.fire();
        Instant newest = slots.isEmpty() ? null : slots.get(slots.size() - 1);
        Uni<Void> recorded = slots.isEmpty() ? Uni.createFrom().voidItem() : fires.record(tx, s.id(), slots, s.inputPayload());
        return recorded.chain(() -> schedules.advance(tx, s.id(), plan.nextRunAt(), newest))
                .invoke(() -> metrics.missed(plan.skipped()))
                .replaceWith(slots.size());
    }
}
