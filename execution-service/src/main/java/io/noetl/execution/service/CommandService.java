package io.noetl.execution.service;

import io.noetl.execution.model.ActiveClaim;
import io.noetl.execution.model.CommandAlreadyTerminal;
import io.noetl.execution.model.CommandNotFound;
import io.noetl.execution.model.LeaseRequest;
import io.noetl.execution.model.NotReady;
import io.noetl.execution.model.StaleLease;
import io.noetl.platform.model.ClaimOutcome;
import io.noetl.platform.model.LeaseRenewal;
import io.noetl.platform.model.LeasedCommand;
import io.noetl.platform.store.CommandLeaseRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * Commands for HTTP-only workers (api.md §4.4), with the semantics of in-SQL leasing: every lease counts
 * an attempt, bumps the token on the database clock and writes command.claimed. Each use case is one
 * fenced statement (plus a read to explain a refusal), so none needs a transaction of its own.
 */
@ApplicationScoped
public class CommandService {

    /** Long-poll re-tries start fast and double up to about one query per second per waiting worker. */
    static final Duration FIRST_POLL = Duration.ofMillis(100);
    static final Duration MAX_POLL = Duration.ofSeconds(1);

    private final Pool pool;
    private final CommandLeaseRepository leases;

    public CommandService(Pool pool, CommandLeaseRepository leases) {
        this.pool = pool;
        this.leases = leases;
    }

    public Uni<LeasedCommand> get(long commandId) {
        return leases.find(pool, commandId).onItem().ifNull().failWith(() -> new CommandNotFound(commandId));
    }

    /** Leases at once, or polls with backoff until something is due or the long-poll time has passed. */
    public Uni<List<LeasedCommand>> lease(LeaseRequest request) {
        return leaseUntil(request, System.nanoTime() + request.longPoll().toNanos(), FIRST_POLL);
    }

    public Uni<LeasedCommand> claim(long commandId, String workerId, Duration lease) {
        return leases.claim(pool, commandId, workerId, lease).map(outcome -> answer(commandId, outcome));
    }

    /** A stale token changes nothing and is a 409; an unknown command a 404. */
    public Uni<LeaseRenewal> heartbeat(long commandId, long leaseToken, Duration extend) {
        return leases.heartbeat(pool, commandId, leaseToken, extend)
                .chain(renewal -> renewal != null ? Uni.createFrom().item(renewal) : whyStale(commandId, leaseToken));
    }

    private Uni<List<LeasedCommand>> leaseUntil(LeaseRequest r, long deadline, Duration delay) {
        return leases.lease(pool, r.workerId(), r.pools(), r.max(), r.lease()).chain(got -> {
            long left = deadline - System.nanoTime();
            if (!got.isEmpty() || left <= 0) return Uni.createFrom().item(got);
            Duration pause = Duration.ofNanos(Math.min(delay.toNanos(), left));
            Duration next = delay.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : delay.multipliedBy(2);
            return Uni.createFrom().voidItem().onItem().delayIt().by(pause).chain(() -> leaseUntil(r, deadline, next));
        });
    }

    private static LeasedCommand answer(long commandId, ClaimOutcome outcome) {
        LeasedCommand c = outcome.command();
        return switch (outcome.kind()) {
            case LEASED, ALREADY_OURS -> c;
            case ACTIVE_CLAIM -> throw new ActiveClaim(commandId, outcome.waitSeconds());
            case NOT_READY -> throw new NotReady(commandId, outcome.waitSeconds());
            case TERMINAL -> throw new CommandAlreadyTerminal(commandId, c.status(), outcome.executionStatus());
            case NOT_FOUND -> throw new CommandNotFound(commandId);
        };
    }

    private Uni<LeaseRenewal> whyStale(long commandId, long leaseToken) {
        return get(commandId).chain(c -> Uni.createFrom().<LeaseRenewal>failure(new StaleLease(commandId, leaseToken)));
    }
}
