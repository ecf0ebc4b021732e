package io.noetl.execution.store;

/** Named SQL of the execution write side; the schema qualifies every table (`noetl.`). */
final class ExecutionQueries {

    private ExecutionQueries() {
    }

    static final String NEW_ID = "SELECT noetl.snowflake_id() AS id";

    /** Top-level executions are their own root; an idempotency key already taken inserts nothing. */
    static final String INSERT = """
            INSERT INTO noetl.execution (execution_id, catalog_id, path, version, parent_execution_id, root_execution_id,
                   parent_step, status, workload, trigger, idempotency_key, started_at)
            VALUES ($1, $2, $3, $4, $5, COALESCE($6::bigint, $1::bigint), $7, 'PENDING', $8::text::jsonb, $9::text::jsonb, $10, now())
            ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
            RETURNING execution_id\s""";

    static final String BY_KEY = """
            SELECT execution_id, catalog_id, path, version, status FROM noetl.execution WHERE idempotency_key = $1""";

    static final String LOCK = """
            SELECT execution_id, catalog_id, path, version, parent_execution_id, root_execution_id, status, workload, ctx,
                   result, error, cancel_requested
              FROM noetl.execution WHERE execution_id = $1 FOR UPDATE""";

    static final String UPDATE = """
            UPDATE noetl.execution
               SET status = $2::text, ctx = $3::text::jsonb, result = $4::text::jsonb, error = $5::text::jsonb, cancel_requested = $6, updated_at = now(),
                   ended_at = CASE WHEN $2::text IN ('COMPLETED', 'FAILED', 'CANCELLED') THEN COALESCE(ended_at, now()) END
             WHERE execution_id = $1""";

    static final String DESCENDANTS = """
            WITH RECURSIVE tree AS (
                SELECT execution_id FROM noetl.execution WHERE parent_execution_id = $1
                UNION ALL
                SELECT e.execution_id FROM noetl.execution e JOIN tree t ON e.parent_execution_id = t.execution_id)
            SELECT execution_id FROM tree""";

    /**
     * Non-terminal executions that made no progress for $1 minutes: no event since, and no command under a live
     * lease (a worker still holding one may be busy with a long tool; a waiting sub-playbook call holds an
     * infinite lease). The active-status index finds the candidates; the event primary key and the command
     * execution index answer each NOT EXISTS. Oldest first, at most $2, so one call stays a bounded read.
     */
    static final String STUCK = """
            SELECT e.execution_id FROM noetl.execution e
             WHERE e.status IN ('PENDING', 'RUNNING')
               AND e.created_at < now() - make_interval(mins => $1)
               AND NOT EXISTS (SELECT 1 FROM noetl.event ev WHERE ev.execution_id = e.execution_id
                                  AND ev.created_at >= now() - make_interval(mins => $1))
               AND NOT EXISTS (SELECT 1 FROM noetl.command c WHERE c.execution_id = e.execution_id
                                  AND c.status IN ('LEASED', 'RUNNING') AND c.lease_until > now())
             ORDER BY e.execution_id LIMIT $2""";

    /** Still stuck under its row lock: the same test as {@link #STUCK} for one execution. */
    static final String STILL_STUCK = """
            SELECT NOT EXISTS (SELECT 1 FROM noetl.event ev WHERE ev.execution_id = $1
                                  AND ev.created_at >= now() - make_interval(mins => $2))
               AND NOT EXISTS (SELECT 1 FROM noetl.command c WHERE c.execution_id = $1
                                  AND c.status IN ('LEASED', 'RUNNING') AND c.lease_until > now()) AS stuck""";
}
