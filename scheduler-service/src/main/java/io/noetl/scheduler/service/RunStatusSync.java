package io.noetl.scheduler.service;

import io.noetl.platform.service.Loops;
import io.noetl.scheduler.api.client.ExecutionClient;
import io.noetl.scheduler.config.SchedulerConfig;
import io.noetl.scheduler.model.Fire;
import io.noetl.scheduler.store.FireRepository;
import io.noetl.scheduler.store.ScheduleRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps a run's status equal to its execution's (api.md §6 Run): asks execution-service about runs still
 * PENDING or RUNNING and records changes. Only a read model: a failed pass changes nothing.
 */
@ApplicationScoped
public class RunStatusSync {

    private final Pool pool;
    private final FireRepository fires;
    private final ScheduleRepository schedules;
    private final ExecutionClient executions;
    private final SchedulerConfig config;

    public RunStatusSync(Pool pool, FireRepository fires, ScheduleRepository schedules, ExecutionClient executions, SchedulerConfig config) {
        this.pool = pool;
        this.schedules = schedules;
        this.fires = fires;
        this.executions = executions;
        this.config = config;
    }

    public Uni<Void> tick() {
        return Loops.tick("scheduler.run-status", runOnce());
    }

    /** Returns how many open runs it looked at. */
    public Uni<Integer> runOnce() {
        return fires.open(pool, config.tick().batchSize())
                .chain(open -> Multi.createFrom().iterable(open).onItem().transformToUni(this::refresh).merge(4)
                        .collect().asList().map(done -> open.size()));
    }

    private Uni<Void> refresh(Fire fire) {
        return executions.status(fire.executionId())
                .chain(status -> status != null && ExecutionClient.RUN_STATUSES.contains(status)
                        ? pool.withTransaction(tx -> fires.syncStatus(tx, fire.scheduleId(), fire.fireTime(), status)
                                .call(() -> schedules.recordOutcome(tx, fire.scheduleId(), fire.fireTime(), status, null)))
                        : Uni.createFrom().voidItem())
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
