package io.noetl.bench;

/**
 * The queries the benchmark reads its figures with. Times come back as epoch milliseconds or millisecond intervals.
 * Note the clocks: command.created_at/leased_at/started_at/ended_at and execution.created_at/ended_at are now(), the
 * start of the writing transaction; event.created_at is clock_timestamp(), the moment of the insert.
 */
final class Sql {

    private Sql() {
    }

    static final String READY_WORKERS = """
            SELECT count(*) FROM runtime
             WHERE kind = 'worker_pool' AND status = 'ready' AND heartbeat > now() - interval '15 seconds'""";

    static final String ACTIVE_EXECUTIONS = "SELECT count(*) FROM execution WHERE status IN ('PENDING', 'RUNNING')";

    static final String STATUS = "SELECT status FROM execution WHERE execution_id = ?";

    /** Progress of the executions of one playbook path; last_end_ms is the latest end so far. */
    static final String PROGRESS = """
            SELECT count(*) AS total,
                   count(*) FILTER (WHERE status IN ('COMPLETED', 'FAILED', 'CANCELLED')) AS ended,
                   count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                   extract(epoch FROM max(ended_at)) * 1000 AS last_end_ms
              FROM execution WHERE path = ?""";

    static final String COMPLETED_STEPS = """
            SELECT count(*) FROM step_state s JOIN execution e ON e.execution_id = s.execution_id
             WHERE e.path = ? AND s.status = 'COMPLETED'""";

    /** Wall time of each completed execution of a path, in start order. */
    static final String EXECUTION_WALL = """
            SELECT extract(epoch FROM ended_at - created_at) * 1000 AS wall_ms FROM execution
             WHERE path = ? AND status = 'COMPLETED' ORDER BY created_at""";

    /**
     * The life of each completed command of a path: queue (due → lease), start (lease → RUNNING), run_report
     * (RUNNING → the transaction recording its result, which also issues the next step) and the cycle (due → that
     * transaction). "Due" is available_at: the issuing transaction's now(), or for a loop iteration held back by
     * max_in_flight the transaction that released it.
     */
    static final String COMMAND_PHASES = """
            SELECT extract(epoch FROM c.leased_at - c.available_at) * 1000 AS queue_ms,
                   extract(epoch FROM c.started_at - c.leased_at) * 1000 AS start_ms,
                   extract(epoch FROM c.ended_at - c.started_at) * 1000 AS run_report_ms,
                   extract(epoch FROM c.ended_at - c.available_at) * 1000 AS cycle_ms
              FROM command c JOIN execution e ON e.execution_id = c.execution_id
             WHERE e.path = ? AND c.status = 'COMPLETED'""";

    /** Per command of a path: when command.issued was written, when it was leased and marked RUNNING. */
    static final String DISPATCH = """
            SELECT c.execution_id,
                   extract(epoch FROM i.created_at) * 1000 AS issued_ms,
                   extract(epoch FROM c.leased_at) * 1000 AS leased_ms,
                   extract(epoch FROM c.started_at) * 1000 AS started_ms
              FROM command c
              JOIN execution e ON e.execution_id = c.execution_id
              JOIN event i ON i.execution_id = c.execution_id AND i.event_id = c.command_id AND i.event_type = 'command.issued'
             WHERE e.path = ?""";

    /** Milliseconds from the execution's start to its loop.done event. */
    static final String LOOP_DONE = """
            SELECT extract(epoch FROM ev.created_at - e.created_at) * 1000 AS loop_done_ms
              FROM event ev JOIN execution e ON e.execution_id = ev.execution_id
             WHERE ev.execution_id = ? AND ev.event_type = 'loop.done'""";

    /** Server-side counters of the platform database; each autocommit statement is one transaction. */
    static final String DB_COUNTERS = """
            SELECT xact_commit + xact_rollback AS xacts, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted
              FROM pg_stat_database WHERE datname = current_database()""";

    /** What the other sessions' active statements wait for right now ("CPU" when not waiting). */
    static final String WAITS = """
            SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait, count(*) AS n
              FROM pg_stat_activity
             WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
             GROUP BY 1""";
}
