package io.noetl.execution.store;

import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.model.NewExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The execution table, write side: insert, lock for orchestration, write back, find by idempotency key. */
@ApplicationScoped
public class ExecutionRepository {

    /** Inserts the PENDING row; null when the idempotency key belongs to another execution already. */
    public Uni<Long> insert(SqlClient tx, NewExecution e) {
        return tx.query(ExecutionQueries.NEW_ID).execute().map(rs -> rs.iterator().next().getLong("id"))
                .chain(id -> tx.preparedQuery(ExecutionQueries.INSERT).execute(Tuple.from(new Object[] {id, e.catalogId(),
                        e.path(), e.version(), e.parentExecutionId(), e.rootExecutionId(), e.parentStep(),
                        Json.text(e.workload()), Json.text(e.trigger()), e.idempotencyKey()}))
                        .map(rs -> rs.size() == 0 ? null : rs.iterator().next().getLong("execution_id")));
    }

    public Uni<ExecutionRow> byIdempotencyKey(SqlClient c, String key) {
        return c.preparedQuery(ExecutionQueries.BY_KEY).execute(Tuple.of(key)).map(rs -> rs.size() == 0 ? null
                : summary(rs.iterator().next()));
    }

    /** {@code SELECT … FOR UPDATE}: serializes all orchestration of one execution. Null when unknown. */
    public Uni<ExecutionRow> lock(SqlClient tx, long executionId) {
        return tx.preparedQuery(ExecutionQueries.LOCK).execute(Tuple.of(executionId))
                .map(rs -> rs.size() == 0 ? null : full(rs.iterator().next()));
    }

    public Uni<Void> update(SqlClient tx, long id, String status, Object ctx, Object result, Object error,
            boolean cancelRequested) {
        return tx.preparedQuery(ExecutionQueries.UPDATE).execute(Tuple.from(new Object[] {id, status, Json.text(ctx),
                Json.text(result), Json.text(error), cancelRequested})).replaceWithVoid();
    }

    /** The catalog entry an execution runs; null when unknown. No lock: it never changes. */
    public Uni<Long> catalogOf(SqlClient c, long executionId) {
        return c.preparedQuery("SELECT catalog_id FROM noetl.execution WHERE execution_id = $1").execute(Tuple.of(executionId))
                .map(rs -> rs.size() == 0 ? null : rs.iterator().next().getLong("catalog_id"));
    }

    public Uni<List<Long>> descendants(SqlClient c, long id) {
        return c.preparedQuery(ExecutionQueries.DESCENDANTS).execute(Tuple.of(id)).map(rs -> {
            List<Long> ids = new ArrayList<>();
            rs.forEach(r -> ids.add(r.getLong("execution_id")));
            return ids;
        });
    }

    /** Executions without progress for {@code minutes} (see {@link ExecutionQueries#STUCK}), oldest first. */
    public Uni<List<Long>> stuck(SqlClient c, int minutes, int limit) {
        return c.preparedQuery(ExecutionQueries.STUCK).execute(Tuple.of(minutes, limit)).map(rs -> {
            List<Long> ids = new ArrayList<>();
            rs.forEach(r -> ids.add(r.getLong("execution_id")));
            return ids;
        });
    }

    /** Re-checks one candidate inside the caller's transaction, after its row lock: a report may have just arrived. */
    public Uni<Boolean> stillStuck(SqlClient tx, long executionId, int minutes) {
        return tx.preparedQuery(ExecutionQueries.STILL_STUCK).execute(Tuple.of(executionId, minutes))
                .map(rs -> rs.iterator().next().getBoolean("stuck"));
    }

    private static ExecutionRow summary(Row r) {
        return new ExecutionRow(r.getLong("execution_id"), r.getLong("catalog_id"), r.getString("path"),
                r.getInteger("version"), null, null, r.getString("status"), null, null, null, null, false);
    }

    private static ExecutionRow full(Row r) {
        return new ExecutionRow(r.getLong("execution_id"), r.getLong("catalog_id"), r.getString("path"),
                r.getInteger("version"), r.getLong("parent_execution_id"), r.getLong("root_execution_id"),
                r.getString("status"), Json.map(r.getValue("workload")), Json.map(r.getValue("ctx")),
                Json.plain(r.getValue("result")), Json.map(r.getValue("error")), r.getBoolean("cancel_requested"));
    }
}
