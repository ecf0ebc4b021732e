package io.noetl.execution.store;

import io.noetl.execution.model.WorkerPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The upstream worker-pool operations platform's RuntimeRepository lacks: heartbeat and deregister by name
 * (touching only an existing row, never inserting) and the pool list filtered by runtime type. Registration
 * itself goes through RuntimeRepository.upsert.
 */
@ApplicationScoped
public class WorkerPoolRepository {

    /** A heartbeat revives a row the sweeper marked offline, as upstream does; an unknown name changes nothing. */
    static final String HEARTBEAT = """
            UPDATE runtime SET heartbeat = now(), status = 'ready', updated_at = now()
             WHERE kind = 'worker_pool' AND name = $1
            RETURNING runtime_id""";

    static final String DEREGISTER = """
            UPDATE runtime SET status = 'offline', updated_at = now()
             WHERE kind = 'worker_pool' AND name = $1
            RETURNING runtime_id""";

    /** Upstream lists every pool without paging; pools are tens, the cap only bounds a runaway registry. */
    static final String LIST = """
            SELECT name, runtime, status, capacity, labels, heartbeat, created_at, updated_at
              FROM runtime
             WHERE kind = 'worker_pool'
               AND ($1::text IS NULL OR lower(runtime->>'type') = $1)
               AND ($2::text IS NULL OR status = $2)
             ORDER BY name
             LIMIT 1000""";

    /** Emits the row's id, or null when no pool has this name. */
    public Uni<Long> heartbeat(SqlClient db, String name) {
        return db.preparedQuery(HEARTBEAT).execute(Tuple.of(name)).map(WorkerPoolRepository::idOrNull);
    }

    /** Emits the row's id, or null when no pool has this name. */
    public Uni<Long> deregister(SqlClient db, String name) {
        return db.preparedQuery(DEREGISTER).execute(Tuple.of(name)).map(WorkerPoolRepository::idOrNull);
    }

    /** @param runtimeType lower-case runtime type, or null for all; @param status a runtime status, or null */
    public Uni<List<WorkerPool>> list(SqlClient db, String runtimeType, String status) {
        return db.preparedQuery(LIST).execute(Tuple.of(runtimeType, status))
                .map(rows -> rows.stream().map(WorkerPoolRepository::pool).toList());
    }

    private static Long idOrNull(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        return rows.size() == 0 ? null : rows.iterator().next().getLong("runtime_id");
    }

    private static WorkerPool pool(Row row) {
        return new WorkerPool(row.getString("name"), row.getJsonObject("runtime"), row.getString("status"),
                row.getInteger("capacity"), row.getJsonObject("labels"), row.getOffsetDateTime("heartbeat"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }
}
