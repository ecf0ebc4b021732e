package io.noetl.execution.store;

/** Named SQL of the command rows execution-service creates, releases, finishes and cancels. */
final class CommandQueries {

    private CommandQueries() {
    }

    /** Held loop iterations wait at available_at = infinity until the loop releases them. */
    static final String INSERT = """
            INSERT INTO noetl.command (execution_id, catalog_id, step_name, tool_kind, pool, loop_index, status,
                   max_attempts, available_at, context)
            VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', $7, CASE WHEN $8 THEN 'infinity'::timestamptz ELSE now() END,
                   $9::text::jsonb)
            RETURNING command_id\s""";

    static final String CANCEL_PENDING = """
            UPDATE noetl.command SET status = 'CANCELLED', ended_at = now(), updated_at = now()
             WHERE execution_id = $1 AND status = 'PENDING'""";

    static final String FLAG_RUNNING = """
            UPDATE noetl.command SET cancel_requested = true, updated_at = now()
             WHERE execution_id = $1 AND status IN ('LEASED', 'RUNNING')""";

    static final String RELEASE = """
            UPDATE noetl.command SET available_at = now(), updated_at = now()
             WHERE command_id IN (SELECT command_id FROM noetl.command
                    WHERE execution_id = $1 AND step_name = $2 AND (context->>'run')::int = $3 AND status = 'PENDING'
                      AND available_at = 'infinity'::timestamptz ORDER BY loop_index LIMIT $4)""";

    static final String CANCEL_HELD = """
            UPDATE noetl.command SET status = 'CANCELLED', ended_at = now(), updated_at = now()
             WHERE execution_id = $1 AND step_name = $2 AND (context->>'run')::int = $3 AND status = 'PENDING'""";

    static final String RUNNING_BY_STEP = """
            SELECT step_name, count(*) AS n FROM noetl.command
             WHERE execution_id = $1 AND status IN ('LEASED', 'RUNNING') GROUP BY step_name""";

    static final String FOR_REPORT = """
            SELECT command_id, execution_id, step_name, tool_kind, loop_index, status, attempt, lease_token, worker_id,
                   (context->>'run')::int AS run
              FROM noetl.command WHERE command_id = $1""";

    static final String FINISH = """
            UPDATE noetl.command SET status = $2, result = $3::text::jsonb, error = $4::text::jsonb, ended_at = now(),
                   updated_at = now()
             WHERE command_id = $1 AND status IN ('PENDING', 'LEASED', 'RUNNING')""";

    static final String MARK_RUNNING = """
            UPDATE noetl.command SET status = 'RUNNING', started_at = COALESCE(started_at, now()), updated_at = now()
             WHERE command_id = $1 AND status = 'LEASED'""";

    static final String ITERATIONS = """
            SELECT loop_index, status, result, error FROM noetl.command
             WHERE execution_id = $1 AND step_name = $2 AND (context->>'run')::int = $3
               AND status IN ('COMPLETED', 'FAILED') ORDER BY loop_index""";

    /** Due queued commands per pool, for the queue-depth gauge; served by the partial claim index. */
    static final String DUE_BY_POOL = """
            SELECT pool, count(*) AS n FROM noetl.command
             WHERE status = 'PENDING' AND available_at <= now() GROUP BY pool""";

    /** A run past its deadline: queued work of that step run cancelled, leased work asked to stop. */
    static final String STOP_STEP_PENDING = """
            UPDATE noetl.command SET status = 'CANCELLED', ended_at = now(), updated_at = now()
             WHERE execution_id = $1 AND step_name = $2 AND (context->>'run')::int = $3 AND status = 'PENDING'""";

    static final String STOP_STEP_RUNNING = """
            UPDATE noetl.command SET cancel_requested = true, updated_at = now()
             WHERE execution_id = $1 AND step_name = $2 AND (context->>'run')::int = $3 AND status IN ('LEASED', 'RUNNING')""";
}
