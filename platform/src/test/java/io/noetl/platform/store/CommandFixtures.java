package io.noetl.platform.store;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Rows for command-queue tests, inserted with plain SQL: an execution (with its catalog entry) and PENDING
 * commands in a pool of the test's own, so no test depends on what other tests left behind.
 */
final class CommandFixtures {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private CommandFixtures() {
    }

    static String freshPool() {
        return "pool-" + UUID.randomUUID();
    }

    /** An execution in {@code status}; returns its id. */
    static long execution(Pool db, String status) {
        return one(db, """
                WITH ids AS (SELECT snowflake_id() AS id),
                     cat AS (INSERT INTO catalog (path, version, kind, content, content_sha256)
                             VALUES ('tests/' || $1, 1, 'playbook', 'x', 'x') RETURNING catalog_id)
                INSERT INTO execution (execution_id, catalog_id, root_execution_id, status, workload)
                SELECT ids.id, cat.catalog_id, ids.id, $2, '{}' FROM ids, cat
                RETURNING execution_id""", UUID.randomUUID().toString().substring(0, 13), status).getLong(0);
    }

    /** {@code n} due PENDING commands of {@code execution} in {@code pool}, oldest first. */
    static List<Long> pending(Pool db, long execution, String pool, int n) {
        return sql(db, """
                INSERT INTO command (execution_id, catalog_id, step_name, tool_kind, pool, context)
                SELECT e.execution_id, e.catalog_id, 'step_' || g, 'python', $2, jsonb_build_object('i', g)
                  FROM execution e, generate_series(1, $3) g
                 WHERE e.execution_id = $1
                 ORDER BY g
                RETURNING command_id""", execution, pool, n).stream().map(r -> r.getLong(0)).sorted().toList();
    }

    /** One due PENDING command in a fresh pool of a RUNNING execution. */
    static long pendingCommand(Pool db) {
        return pending(db, execution(db, "RUNNING"), freshPool(), 1).get(0);
    }

    /** Moves the lease end of a command into the past, as time passing would. */
    static void expire(Pool db, long commandId) {
        sql(db, "UPDATE command SET lease_until = now() - interval '1 hour' WHERE command_id = $1", commandId);
    }

    static Row command(Pool db, long commandId) {
        return one(db, "SELECT * FROM command WHERE command_id = $1", commandId);
    }

    static List<Row> events(Pool db, long commandId, String type) {
        return sql(db, "SELECT * FROM event WHERE command_id = $1 AND event_type = $2 ORDER BY event_id", commandId, type);
    }

    static List<Row> sql(Pool db, String statement, Object... args) {
        return db.preparedQuery(statement).execute(Tuple.from(args)).await().atMost(WAIT).stream().toList();
    }

    static Row one(Pool db, String statement, Object... args) {
        return sql(db, statement, args).get(0);
    }
}
