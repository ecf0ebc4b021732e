package io.noetl.execution.store;

import io.noetl.execution.engine.Effects;
import io.noetl.execution.model.ReportedCommand;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Commands as execution-service creates, releases, finishes and cancels them (leases: CommandLeaseRepository). */
@ApplicationScoped
public class CommandRepository {

    /** A finished iteration of a loop run: its index, status and stored result or error. */
    public record IterationRow(int index, String status, Object result, Map<String, Object> error) {
    }

    public Uni<List<Long>> insert(SqlClient tx, long executionId, long catalogId, List<Effects.NewCommand> commands) {
        if (commands.isEmpty()) return Uni.createFrom().item(List.of());
        List<Tuple> rows = commands.stream().map(c -> Tuple.from(new Object[] {executionId, catalogId, c.step(),
                c.toolKind(), c.pool(), c.loopIndex(), c.maxAttempts(), c.held(), Json.text(c.context())})).toList();
        return tx.preparedQuery(CommandQueries.INSERT).executeBatch(rows).map(rs -> {
            List<Long> ids = new ArrayList<>();
            for (var batch = rs; batch != null; batch = batch.next()) batch.forEach(r -> ids.add(r.getLong("command_id")));
            return ids;
        });
    }

    /** Cancels queued commands and flags leased ones; returns {cancelled, flagged}. */
    public Uni<int[]> cancelOpen(SqlClient tx, long executionId) {
        return tx.preparedQuery(CommandQueries.CANCEL_PENDING).execute(Tuple.of(executionId)).chain(a ->
                tx.preparedQuery(CommandQueries.FLAG_RUNNING).execute(Tuple.of(executionId))
                        .map(b -> new int[] {a.rowCount(), b.rowCount()}));
    }

    /** Stops one step run's commands: queued ones cancelled, leased ones flagged for their workers. */
    public Uni<Void> stopStep(SqlClient tx, long executionId, String step, int run) {
        Tuple args = Tuple.of(executionId, step, run);
        return tx.preparedQuery(CommandQueries.STOP_STEP_PENDING).execute(args)
                .chain(() -> tx.preparedQuery(CommandQueries.STOP_STEP_RUNNING).execute(args)).replaceWithVoid();
    }

    public Uni<Void> release(SqlClient tx, long executionId, Effects.Release r) {
        return tx.preparedQuery(CommandQueries.RELEASE).execute(Tuple.of(executionId, r.step(), r.run(), r.count())).replaceWithVoid();
    }

    public Uni<Void> cancelHeld(SqlClient tx, long executionId, Effects.CancelHeld c) {
        return tx.preparedQuery(CommandQueries.CANCEL_HELD).execute(Tuple.of(executionId, c.step(), c.run())).replaceWithVoid();
    }

    public Uni<Map<String, Integer>> runningByStep(SqlClient tx, long executionId) {
        return tx.preparedQuery(CommandQueries.RUNNING_BY_STEP).execute(Tuple.of(executionId)).map(rs -> {
            Map<String, Integer> m = new HashMap<>();
            rs.forEach(r -> m.put(r.getString("step_name"), r.getLong("n").intValue()));
            return m;
        });
    }

    public Uni<ReportedCommand> forReport(SqlClient tx, long commandId) {
        return tx.preparedQuery(CommandQueries.FOR_REPORT).execute(Tuple.of(commandId))
                .map(rs -> rs.size() == 0 ? null : reported(rs.iterator().next()));
    }

    public Uni<Boolean> finish(SqlClient tx, long commandId, String status, Object result, Object error) {
        return tx.preparedQuery(CommandQueries.FINISH)
                .execute(Tuple.of(commandId, status, Json.text(result), Json.text(error))).map(rs -> rs.rowCount() == 1);
    }

    public Uni<Void> markRunning(SqlClient tx, long commandId) {
        return tx.preparedQuery(CommandQueries.MARK_RUNNING).execute(Tuple.of(commandId)).replaceWithVoid();
    }

    public Uni<List<IterationRow>> iterations(SqlClient tx, long executionId, String step, int run) {
        return tx.preparedQuery(CommandQueries.ITERATIONS).execute(Tuple.of(executionId, step, run)).map(rs -> {
            List<IterationRow> out = new ArrayList<>();
            rs.forEach(r -> out.add(new IterationRow(r.getInteger("loop_index"), r.getString("status"),
                    Json.plain(r.getValue("result")), Json.map(r.getValue("error")))));
            return out;
        });
    }

    /** Due PENDING commands per pool (pools with none are absent). */
    public Uni<Map<String, Long>> dueByPool(SqlClient c) {
        return c.query(CommandQueries.DUE_BY_POOL).execute().map(rs -> {
            Map<String, Long> m = new HashMap<>();
            rs.forEach(r -> m.put(r.getString("pool"), r.getLong("n")));
            return m;
        });
    }

    private static ReportedCommand reported(Row r) {
        return new ReportedCommand(r.getLong("command_id"), r.getLong("execution_id"), r.getString("step_name"),
                r.getString("tool_kind"), r.getInteger("loop_index"), r.getString("status"), r.getInteger("attempt"),
                r.getLong("lease_token"), r.getString("worker_id"), r.getInteger("run"));
    }
}
