package io.noetl.scheduler.service;

import io.noetl.scheduler.api.client.ExecutionClient;
import io.noetl.scheduler.config.SchedulerConfig;
import io.noetl.scheduler.model.ClaimedFire;
import io.noetl.scheduler.model.Fire;
import io.noetl.scheduler.model.StartOutcome;
import io.noetl.scheduler.store.FireRepository;
import io.noetl.scheduler.store.ScheduleRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Starts recorded fires. Each attempt is claimed in the database first (next_attempt_at pushed by the
 * claim TTL), the call to execution-service runs outside any transaction, and the outcome is written
 * fenced on status STARTING. Unreachable: the same slot is retried after a backoff (its idempotency key
 * makes a start that did happen, but whose answer was lost, return the same execution).
 */
@ApplicationScoped
public class FireStarter {

    private static final Logger LOG = Logger.getLogger(FireStarter.class);

    private final Pool pool;
    private final FireRepository fires;
    private final ScheduleRepository schedules;
    private final ExecutionClient executions;
    private final SchedulerConfig config;
    private final SchedulerMetrics metrics;

    public FireStarter(Pool pool, FireRepository fires, ScheduleRepository schedules, ExecutionClient executions,
                       SchedulerConfig config, SchedulerMetrics metrics) {
        this.pool = pool;
        this.fires = fires;
        this.schedules = schedules;
        this.executions = executions;
        this.config = config;
        this.metrics = metrics;
    }

    /** One pass: claims due start attempts (oldest slot first) and makes them; returns how many it tried. */
    public Uni<Integer> runOnce() {
        return fires.claimStarts(pool, config.tick().batchSize(), config.start().claimTtl())
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUni(this::attempt).merge(8)
                        .collect().asList().map(done -> claimed.size()));
    }

    /** Makes one claimed attempt and records its outcome; emits the fire as it now stands. */
    public Uni<Fire> attempt(ClaimedFire fire) {
        return executions.start(fire).chain(outcome -> record(fire, outcome))
                .chain(() -> fires.find(pool, fire.scheduleId(), fire.fireTime()));
    }

    private Uni<Void> record(ClaimedFire fire, StartOutcome outcome) {
        if (outcome instanceof StartOutcome.Started s) {
            return pool.withTransaction(tx -> fires.started(tx, fire.scheduleId(), fire.fireTime(), s.executionId(), s.executionStatus())
                    .call(at -> at == null ? Uni.createFrom().voidItem()
                            : schedules.recordOutcome(tx, fire.scheduleId(), fire.fireTime(), s.executionStatus(), s.executionId())))
                    .invoke(at -> {
                        if (at != null) metrics.started(Duration.between(fire.fireTime(), at));
                    }).replaceWithVoid();
        }
        if (outcome instanceof StartOutcome.Refused r) {
            LOG.warnf("schedule %d: execution-service refused the fire of %s (%d): %s", fire.scheduleId(), fire.fireTime(), r.status(), r.detail());
            return pool.withTransaction(tx -> fires.refused(tx, fire.scheduleId(), fire.fireTime(), r.detail())
                    .call(changed -> changed ? schedules.recordOutcome(tx, fire.scheduleId(), fire.fireTime(), Fire.START_FAILED, null)
                            : Uni.createFrom().voidItem()))
                    .invoke(changed -> {
                        if (changed) metrics.refused();
                    }).replaceWithVoid();
        }
        String reason = ((StartOutcome.Unreachable) outcome).reason();
        metrics.unreachable();
        LOG.debugf("schedule %d: start of %s not made (%s); retrying", fire.scheduleId(), fire.fireTime(), reason);
        return fires.retryLater(pool, fire.scheduleId(), fire.fireTime(), "execution-service unreachable; retrying", backoff(fire.attempts()));
    }

    /** base × 2^(attempts-1), capped: a long outage is polled at most every backoff-max. */
    Duration backoff(int attempts) {
        Duration delay = config.start().backoffBase().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(config.start().backoffMax()) > 0 ? config.start().backoffMax() : delay;
    }
}
