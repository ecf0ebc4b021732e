package io.noetl.platform.store;

import io.noetl.platform.model.ClaimOutcome;
import io.noetl.platform.model.ClaimOutcome.Kind;
import io.noetl.platform.model.ExpiredLease;
import io.noetl.platform.model.LeaseRenewal;
import io.noetl.platform.model.LeasedCommand;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The one place the lease columns of {@code command} change, shared by worker-service (leasing in SQL) and
 * execution-service (HTTP lease routes, reaper). SQL and its reasons: {@link CommandLeaseQueries}. Each
 * method takes the pool or the caller's transaction; a lease with its command.claimed event is one
 * statement, so it needs no transaction of its own.
 */
@ApplicationScoped
public class CommandLeaseRepository {

    /** Up to {@code max} due commands of {@code pools}, highest priority first; may be empty. */
    public Uni<List<LeasedCommand>> lease(SqlClient db, String workerId, List<String> pools, int max, Duration lease) {
        Tuple args = Tuple.of(pools.toArray(String[]::new), max, workerId, seconds(lease));
        return db.preparedQuery(CommandLeaseQueries.LEASE).execute(args).map(rows -> all(rows, CommandLeaseRows::command));
    }

    /** Leases one named command, or says why not (api.md §4.4); a repeat by the holder gets its lease back. */
    public Uni<ClaimOutcome> claim(SqlClient db, long commandId, String workerId, Duration lease) {
        return db.preparedQuery(CommandLeaseQueries.CLAIM).execute(Tuple.of(commandId, 1, workerId, seconds(lease)))
                .chain(rows -> rows.size() == 1
                        ? Uni.createFrom().item(new ClaimOutcome(Kind.LEASED, CommandLeaseRows.command(rows.iterator().next()), null, 0))
                        : refusal(db, commandId, workerId));
    }

    /** Emits null when there is no such command. */
    public Uni<LeasedCommand> find(SqlClient db, long commandId) {
        return db.preparedQuery(CommandLeaseQueries.FIND).execute(Tuple.of(commandId)).map(rows -> first(rows, CommandLeaseRows::command));
    }

    /** Extends lease {@code leaseToken} by at least {@code extend}; null when the lease is no longer held. */
    public Uni<LeaseRenewal> heartbeat(SqlClient db, long commandId, long leaseToken, Duration extend) {
        return db.preparedQuery(CommandLeaseQueries.HEARTBEAT).execute(Tuple.of(commandId, leaseToken, seconds(extend)))
                .map(rows -> first(rows, CommandLeaseRows::renewal));
    }

    /** LEASED → RUNNING under {@code leaseToken}; null when the lease is no longer held. */
    public Uni<LeasedCommand> markRunning(SqlClient db, long commandId, long leaseToken) {
        return db.preparedQuery(CommandLeaseQueries.MARK_RUNNING).execute(Tuple.of(commandId, leaseToken))
                .map(rows -> first(rows, CommandLeaseRows::command));
    }

    /** Ends lease {@code leaseToken} now so the reaper re-queues the command; false when it is no longer held. */
    public Uni<Boolean> release(SqlClient db, long commandId, long leaseToken) {
        return db.preparedQuery(CommandLeaseQueries.RELEASE).execute(Tuple.of(commandId, leaseToken)).map(rows -> rows.size() == 1);
    }

    /** Up to {@code max} leases past their end by the database clock, oldest first. */
    public Uni<List<ExpiredLease>> expired(SqlClient db, int max) {
        return db.preparedQuery(CommandLeaseQueries.EXPIRED).execute(Tuple.of(max)).map(rows -> all(rows, CommandLeaseRows::expired));
    }

    /** Inside the reaper's transaction: locks the command if {@code lease} is still held and expired, else null. */
    public Uni<ExpiredLease> lockExpired(SqlClient tx, ExpiredLease lease) {
        return tx.preparedQuery(CommandLeaseQueries.LOCK_EXPIRED).execute(Tuple.of(lease.commandId(), lease.leaseToken()))
                .map(rows -> first(rows, CommandLeaseRows::expired));
    }

    /** Back to PENDING, due after {@code delay}, with command.reclaimed; false when the fence no longer holds. */
    public Uni<Boolean> reclaim(SqlClient tx, ExpiredLease lease, Duration delay) {
        Tuple args = Tuple.of(lease.commandId(), lease.leaseToken(), seconds(delay), lease.workerId());
        return tx.preparedQuery(CommandLeaseQueries.RECLAIM).execute(args).map(rows -> rows.size() == 1);
    }

    private Uni<ClaimOutcome> refusal(SqlClient db, long commandId, String workerId) {
        return db.preparedQuery(CommandLeaseQueries.CLAIM_STATE).execute(Tuple.of(commandId))
                .map(rows -> rows.size() == 0 ? ClaimOutcome.notFound() : CommandLeaseRows.refusal(rows.iterator().next(), workerId));
    }

    private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.stream().map(mapper).toList();
    }

    private static <T> T first(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? null : mapper.apply(rows.iterator().next());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
