package io.noetl.execution.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Sub-playbook bookkeeping (dsl.md §9). A child is started with the idempotency key {@code child:<command_id>},
 * so a retried start finds the same child, and the parent's command finds its child without another column.
 */
@ApplicationScoped
public class ChildRepository {

    /** A running sub-playbook command whose child has ended: the parent run's boundary is due. */
    public record EndedChild(long parentExecutionId, long commandId, long childExecutionId) {
    }

    public static String key(long commandId) {
        return "child:" + commandId;
    }

    static final String ENDED = """
            SELECT c.execution_id, c.command_id, ch.execution_id AS child_id
              FROM noetl.command c JOIN noetl.execution ch ON ch.idempotency_key = 'child:' || c.command_id::text
             WHERE c.pool = $1 AND c.status IN ('LEASED', 'RUNNING')
               AND ch.status IN ('COMPLETED', 'FAILED', 'CANCELLED')
             ORDER BY c.command_id LIMIT $2""";

    /** The start phase is over: the command waits for its child, which may take longer than any lease. */
    static final String WAITING = """
            UPDATE noetl.command SET status = 'RUNNING', started_at = COALESCE(started_at, now()),
                   lease_until = 'infinity'::timestamptz, updated_at = now()
             WHERE command_id = $1 AND lease_token = $2 AND status IN ('LEASED', 'RUNNING')""";

    static final String DEPTH = """
            WITH RECURSIVE up AS (
                SELECT execution_id, parent_execution_id, 1 AS depth FROM noetl.execution WHERE execution_id = $1
                UNION ALL
                SELECT e.execution_id, e.parent_execution_id, up.depth + 1
                  FROM noetl.execution e JOIN up ON e.execution_id = up.parent_execution_id WHERE up.depth < 100)
            SELECT max(depth) AS depth FROM up""";

    static final String CHILD = """
            SELECT execution_id, status, result, error FROM noetl.execution WHERE idempotency_key = $1""";

    static final String STEP_RESULT = """
            SELECT result, has_result FROM noetl.step_state WHERE execution_id = $1 AND step_name = $2""";

    public Uni<List<EndedChild>> ended(SqlClient c, String pool, int max) {
        return c.preparedQuery(ENDED).execute(Tuple.of(pool, max)).map(rs -> {
            List<EndedChild> out = new ArrayList<>();
            rs.forEach(r -> out.add(new EndedChild(r.getLong("execution_id"), r.getLong("command_id"), r.getLong("child_id"))));
            return out;
        });
    }

    public Uni<Boolean> waiting(SqlClient c, long commandId, long leaseToken) {
        return c.preparedQuery(WAITING).execute(Tuple.of(commandId, leaseToken)).map(rs -> rs.rowCount() == 1);
    }

    /** How many executions deep {@code executionId} sits (a top-level execution is 1). */
    public Uni<Integer> depth(SqlClient c, long executionId) {
        return c.preparedQuery(DEPTH).execute(Tuple.of(executionId)).map(rs -> rs.iterator().next().getInteger("depth"));
    }

    /** The child of a sub-playbook command: {status, result, error} as plain values; null when none. */
    public Uni<Object[]> child(SqlClient c, long commandId) {
        return c.preparedQuery(CHILD).execute(Tuple.of(key(commandId))).map(rs -> rs.size() == 0 ? null : new Object[] {
                rs.iterator().next().getLong("execution_id"), rs.iterator().next().getString("status"),
                Json.plain(rs.iterator().next().getValue("result")), Json.map(rs.iterator().next().getValue("error"))});
    }

    /** The latest ok result of a step of the child ({@code return_step}); the array is null when it never ended ok. */
    public Uni<Object[]> stepResult(SqlClient c, long executionId, String step) {
        return c.preparedQuery(STEP_RESULT).execute(Tuple.of(executionId, step)).map(rs -> rs.size() == 0
                || !rs.iterator().next().getBoolean("has_result") ? null : new Object[] {Json.plain(rs.iterator().next().getValue("result"))});
    }
}
