package io.noetl.execution.service;

import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.execution.store.ExpiredCommandRepository;
import io.noetl.platform.model.ExpiredLease;
import io.noetl.platform.service.Loops;
import io.noetl.platform.service.SingletonLease;
import io.noetl.platform.store.CommandLeaseRepository;
import io.noetl.platform.store.CommandNotifications;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Settles leases that ended without a result (architecture.md §6): back to PENDING after a backoff while
 * attempts remain, else {@link LeaseExpiry}. One replica at a time through the `execution.reaper` lease;
 * each command is settled in its own short transaction that locks the execution first, and every write
 * is fenced on the lease token, so two reapers running anyway settle each lease once.
 */
@ApplicationScoped
public class LeaseReaper {

    public static final String LEASE = "execution.reaper";
    private static final Logger LOG = Logger.getLogger(LeaseReaper.class);

    /** What a pass did with one expired lease; NOT_SETTLED = its transaction failed, retried next pass. */
    enum Result { RECLAIMED, EXHAUSTED, CANCELLED, SKIPPED, NOT_SETTLED }

    record Reaped(long executionId, Result result, String failure) {
    }

    private final Pool pool;
    private final CommandLeaseRepository leases;
    private final ExecutionRepository executions;
    private final ExpiredCommandRepository expired;
    private final CommandNotifications notifications;
    private final LeaseExpiry expiry;
    private final SingletonLease singleton;
    private final ExecutionConfig.Reaper config;
    private final ExecutionMetrics metrics;

    public LeaseReaper(Pool pool, CommandLeaseRepository leases, ExecutionRepository executions,
                       ExpiredCommandRepository expired, CommandNotifications notifications, LeaseExpiry expiry,
                       SingletonLease singleton, ExecutionConfig config, ExecutionMetrics metrics) {
        this.metrics = metrics;
        this.pool = pool;
        this.leases = leases;
        this.executions = executions;
        this.expired = expired;
        this.notifications = notifications;
        this.expiry = expiry;
        this.singleton = singleton;
        this.config = config.reaper();
    }

    @Scheduled(every = "${noetl.execution.reaper.interval}", delayed = "${noetl.execution.reaper.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return Loops.tick(LEASE, singleton.runExclusively(LEASE, leaseTtl(), this::runOnce));
    }

    /** One pass over at most `batch` expired leases; returns how many it settled. */
    public Uni<Integer> runOnce() {
        return leases.expired(pool, config.batch())
                .chain(found -> Multi.createFrom().iterable(found).onItem().transformToUniAndConcatenate(this::reap)
                        .collect().asList())
                .invoke(done -> metrics.reclaimed((int) done.stream().filter(r -> r.result() == Result.RECLAIMED).count()))
                .call(this::wakeWorkers)
                .invoke(this::warnAboutFailures)
                .map(done -> (int) done.stream().filter(r -> r.result() != Result.SKIPPED && r.result() != Result.NOT_SETTLED).count());
    }

    private Uni<Reaped> reap(ExpiredLease seen) {
        return pool.withTransaction(tx -> executions.lock(tx, seen.executionId())
                        .chain(execution -> leases.lockExpired(tx, seen)
                                .chain(current -> current == null ? Uni.createFrom().item(Result.SKIPPED) : settle(tx, execution, current))))
                .map(result -> new Reaped(seen.executionId(), result, null))
                // One bad row must not block the ones behind it; the pass reports failures once, at the end.
                .onFailure().recoverWithItem(e -> new Reaped(seen.executionId(), Result.NOT_SETTLED, "command " + seen.commandId() + ": " + e.getMessage()));
    }

    private Uni<Result> settle(SqlClient tx, ExecutionRow execution, ExpiredLease lease) {
        // Finished or being cancelled: no command of it should start again.
        if (execution == null || execution.terminal() || execution.cancelRequested() || lease.cancelRequested()) {
            return expired.cancel(tx, lease.commandId(), lease.leaseToken()).replaceWith(Result.CANCELLED);
        }
        if (lease.attemptsLeft()) {
            return leases.reclaim(tx, lease, backoff(lease.attempt())).map(done -> done ? Result.RECLAIMED : Result.SKIPPED);
        }
        return expiry.exhausted(tx, lease.executionId(), lease.commandId()).replaceWith(Result.EXHAUSTED);
    }

    /** After commit: reclaimed work is due again soon, so idle workers get a hint (they also poll). */
    private Uni<Void> wakeWorkers(List<Reaped> done) {
        List<Long> ids = done.stream().filter(r -> r.result() == Result.RECLAIMED).map(Reaped::executionId).toList();
        if (ids.isEmpty()) return Uni.createFrom().voidItem();
        return notifications.notifyWork(pool, ids).onFailure().recoverWithNull();   // only a hint: workers poll too
    }

    private void warnAboutFailures(List<Reaped> done) {
        List<String> failures = done.stream().filter(r -> r.result() == Result.NOT_SETTLED).map(Reaped::failure).toList();
        if (!failures.isEmpty()) LOG.warnf("%s: %d expired lease(s) not settled, retrying next pass; first: %s", LEASE, failures.size(), failures.get(0));
    }

    /** base × 2^(attempt-1), capped: a command that keeps losing its worker waits longer each time. */
    Duration backoff(int attempt) {
        Duration delay = config.backoffBase().multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return delay.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : delay;
    }

    /** Long enough to survive one missed renewal, short enough that a dead leader is replaced quickly. */
    Duration leaseTtl() {
        return config.interval().multipliedBy(3);
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            singleton.release(LEASE).await().atMost(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            // Not fatal: a peer takes over once the lease expires.
        }
    }
}
