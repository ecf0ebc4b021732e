package io.noetl.execution;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Rows for command tests, inserted with plain SQL through the service's own pool: an execution (with its
 * catalog entry) and PENDING commands in a pool of the test's own, so no test depends on another's rows.
 */
public final class CommandFixtures {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool db;

    public CommandFixtures(Pool db) {
        this.db = db;
    }

    public static String freshPool() {
        return "pool-" + UUID.randomUUID();
    }

    /** An execution in {@code status}; returns its id. */
    public long execution(String status) {
        return one("""
                WITH ids AS (SELECT snowflake_id() AS id),
                     cat AS (INSERT INTO catalog (path, version, kind, content, content_sha256)
                             VALUES ('tests/' || $1, 1, 'playbook', 'x', 'x') RETURNING catalog_id)
                INSERT INTO execution (execution_id, catalog_id, root_execution_id, status, workload)
                SELECT ids.id, cat.catalog_id, ids.id, $2, '{}' FROM ids, cat
                RETURNING execution_id""", UUID.randomUUID().toString().substring(0, 13), status).getLong(0);
    }

    /** {@code n} due PENDING commands of a new RUNNING execution in {@code pool}, in id order. */
    public List<Long> pending(String pool, int n) {
        return pending(execution("RUNNING"), pool, n);
    }

    public List<Long> pending(long execution, String pool, int n) {
        return sql("""
                INSERT INTO command (execution_id, catalog_id, step_name, tool_kind, pool, context)
                SELECT e.execution_id, e.catalog_id, 'step_' || g, 'http', $2, jsonb_build_object('url', 'http://x/' || g)
                  FROM execution e, generate_series(1, $3) g
                 WHERE e.execution_id = $1
                RETURNING command_id""", execution, pool, n).stream().map(r -> r.getLong(0)).sorted().toList();
    }

    public long pendingCommand() {
        return pending(freshPool(), 1).get(0);
    }

    /** Moves the lease end of a command into the past, as time passing would. */
    public void expire(long commandId) {
        sql("UPDATE command SET lease_until = now() - interval '1 hour' WHERE command_id = $1", commandId);
    }

    public Row command(long commandId) {
        return one("SELECT * FROM command WHERE command_id = $1", commandId);
    }

    public List<Row> events(long commandId, String type) {
        return sql("SELECT * FROM event WHERE command_id = $1 AND event_type = $2 ORDER BY event_id", commandId, type);
    }

    public List<Row> sql(String statement, Object... args) {
        return db.preparedQuery(statement).execute(Tuple.from(args)).await().atMost(WAIT).stream().toList();
    }

    public Row one(String statement, Object... args) {
        return sql(statement, args).get(0);
    }
}
