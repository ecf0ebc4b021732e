package io.noetl.execution.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Step runs in progress and how long they have been running, by the database clock (dsl.md §3 deadline_s). */
@ApplicationScoped
public class DeadlineRepository {

    /** One active run: its execution, catalog entry, step, run number and age in seconds. */
    public record ActiveRun(long executionId, long catalogId, String step, int run, double ageSeconds) {
    }

    static final String ACTIVE = """
            SELECT ss.execution_id, e.catalog_id, ss.step_name, ss.run_count,
                   extract(epoch FROM now() - ss.started_at) AS age
              FROM noetl.step_state ss JOIN noetl.execution e ON e.execution_id = ss.execution_id
             WHERE ss.status = 'RUNNING' AND e.status = 'RUNNING' AND ss.started_at < now() - make_interval(secs => $1)
             ORDER BY ss.started_at LIMIT $2""";

    /** Runs older than {@code minAgeSeconds} (the smallest deadline worth checking), oldest first. */
    public Uni<List<ActiveRun>> olderThan(SqlClient c, double minAgeSeconds, int max) {
        return c.preparedQuery(ACTIVE).execute(Tuple.of(minAgeSeconds, max)).map(rs -> {
            List<ActiveRun> out = new ArrayList<>();
            rs.forEach(r -> out.add(new ActiveRun(r.getLong("execution_id"), r.getLong("catalog_id"), r.getString("step_name"),
                    r.getInteger("run_count"), r.getNumeric("age").doubleValue())));
            return out;
        });
    }
}
