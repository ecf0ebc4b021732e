package io.noetl.execution.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands running past their step's {@code spec.timeout} (dsl.md §4.7), by the database clock. Workers enforce
 * the limit themselves; this finds the ones whose worker did not, after a grace period.
 */
@ApplicationScoped
public class TimeoutRepository {

    /** One overdue command: where it runs and how long its step allows. */
    public record Overdue(long executionId, long commandId, String pool, double timeoutSeconds) {
    }

    static final String OVERDUE = """
            SELECT execution_id, command_id, pool, (context->>'timeout')::float8 AS timeout
              FROM noetl.command
             WHERE status IN ('LEASED', 'RUNNING') AND context->>'timeout' IS NOT NULL
               AND COALESCE(started_at, leased_at) + make_interval(secs => (context->>'timeout')::float8 + $1) < now()
             ORDER BY command_id LIMIT $2""";

    public Uni<List<Overdue>> overdue(SqlClient c, double graceSeconds, int max) {
        return c.preparedQuery(OVERDUE).execute(Tuple.of(graceSeconds, max)).map(rs -> {
            List<Overdue> out = new ArrayList<>();
            rs.forEach(r -> out.add(new Overdue(r.getLong("execution_id"), r.getLong("command_id"), r.getString("pool"),
                    r.getDouble("timeout"))));
            return out;
        });
    }
}
