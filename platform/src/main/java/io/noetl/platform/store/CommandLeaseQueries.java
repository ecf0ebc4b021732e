package io.noetl.platform.store;

/**
 * The SQL that changes the lease columns of {@code command} (status LEASED/RUNNING/back to PENDING, worker_id,
 * attempt, lease_token, lease_until). Every time is the database's {@code now()}; every write after the
 * lease names the token it expects, so a stale holder changes 0 rows (reliability.md §2).
 */
final class CommandLeaseQueries {

    private CommandLeaseQueries() {
    }

    /** Columns of a {@link io.noetl.platform.model.LeasedCommand}, read from alias c. */
    static final String COLUMNS = """
            c.command_id, c.execution_id, c.catalog_id, c.step_name, c.tool_kind, c.pool, c.loop_index, c.status,
            c.attempt, c.max_attempts, c.lease_token, c.lease_until, c.worker_id, c.cancel_requested, c.context,
            c.created_at""";

    /**
     * Leases the rows of CTE {@code target} for worker $3 for $4 seconds, counting the attempt at lease time
     * (so a command that kills its worker still runs out of attempts) and writing one command.claimed per row.
     */
    private static final String LEASE_TARGET = """
            , leased AS (
                UPDATE command c
                   SET status = 'LEASED', worker_id = $3, attempt = c.attempt + 1, lease_token = c.lease_token + 1,
                       leased_at = now(), lease_until = now() + make_interval(secs => $4), updated_at = now()
                  FROM target
                 WHERE c.command_id = target.command_id
                RETURNING c.*)
            , claimed AS (
                INSERT INTO event (execution_id, catalog_id, event_type, node_name, node_type, status, command_id,
                                   worker_id, meta)
                SELECT execution_id, catalog_id, 'command.claimed', step_name, tool_kind, 'RUNNING', command_id,
                       worker_id, jsonb_build_object('worker_id', worker_id, 'lease_token', lease_token, 'attempt', attempt)
                  FROM leased)
            SELECT\s""" + COLUMNS + " FROM leased c ORDER BY c.priority DESC, c.command_id";

    /**
     * Up to $2 due commands of pools $1 for worker $3 (architecture.md §6). SKIP LOCKED lets concurrent
     * leasers pass each other's rows instead of queueing; the execution is joined, not locked, so commands
     * of a finished or cancelling execution are skipped (cancel turns them CANCELLED itself).
     */
    static final String LEASE = """
            WITH target AS (
                SELECT c.command_id
                  FROM command c
                  JOIN execution e ON e.execution_id = c.execution_id
                 WHERE c.status = 'PENDING' AND c.available_at <= now() AND c.pool = ANY($1)
                   AND e.status IN ('PENDING', 'RUNNING') AND NOT e.cancel_requested
                 ORDER BY c.priority DESC, c.command_id
                 LIMIT $2
                   FOR UPDATE OF c SKIP LOCKED)""" + LEASE_TARGET;

    /**
     * Command $1 (limit $2 = 1) for worker $3 if it is PENDING and due. No SKIP LOCKED: a concurrent claim
     * waits for the row, then sees it LEASED and leases nothing, so the caller learns who holds it.
     */
    static final String CLAIM = """
            WITH target AS (
                SELECT c.command_id
                  FROM command c
                  JOIN execution e ON e.execution_id = c.execution_id
                 WHERE c.command_id = $1 AND c.status = 'PENDING' AND c.available_at <= now()
                   AND e.status IN ('PENDING', 'RUNNING') AND NOT e.cancel_requested
                 LIMIT $2
                   FOR UPDATE OF c)""" + LEASE_TARGET;

    /** Why command $1 was not leased: its state and, by the database clock, how long until that may change. */
    static final String CLAIM_STATE = "SELECT " + COLUMNS + """
            , ceil(extract(epoch FROM c.available_at - now()))::bigint AS due_in_seconds,
                   ceil(extract(epoch FROM c.lease_until - now()))::bigint AS lease_left_seconds,
                   e.status AS execution_status, coalesce(e.cancel_requested, false) AS execution_cancel_requested
              FROM command c
              LEFT JOIN execution e ON e.execution_id = c.execution_id
             WHERE c.command_id = $1""";

    static final String FIND = "SELECT " + COLUMNS + " FROM command c WHERE c.command_id = $1";

    /**
     * Extends lease $2 of command $1 to at least $3 seconds from now (never shortens it). The answer's
     * cancel_requested also turns true when the execution finished or is cancelling, so the worker stops.
     * A lease past its end that the reaper has not settled yet is still extended: the unchanged token proves
     * nobody else holds it, and the reaper's own writes re-check the expiry under the same fence.
     */
    static final String HEARTBEAT = """
            UPDATE command c
               SET lease_until = greatest(c.lease_until, now() + make_interval(secs => $3)), updated_at = now()
              FROM execution e
             WHERE c.command_id = $1 AND c.lease_token = $2 AND c.status IN ('LEASED', 'RUNNING')
               AND e.execution_id = c.execution_id
            RETURNING c.command_id, c.lease_token, c.lease_until,
                      c.cancel_requested OR e.cancel_requested OR e.status IN ('COMPLETED', 'FAILED', 'CANCELLED')
                          AS cancel_requested""";

    /** LEASED → RUNNING under lease $2; repeating it is harmless and keeps the first started_at. */
    static final String MARK_RUNNING = """
            UPDATE command c
               SET status = 'RUNNING', updated_at = now(),
                   started_at = CASE WHEN c.status = 'LEASED' THEN now() ELSE c.started_at END
             WHERE c.command_id = $1 AND c.lease_token = $2 AND c.status IN ('LEASED', 'RUNNING')
            RETURNING\s""" + COLUMNS;

    /**
     * Hands lease $2 of command $1 back by ending it now (a worker shutting down): the reaper returns it to the
     * queue on its next pass like any expired lease, so the attempt stays counted and one code path settles it.
     */
    static final String RELEASE = """
            UPDATE command c
               SET lease_until = now() - interval '1 millisecond', updated_at = now()
             WHERE c.command_id = $1 AND c.lease_token = $2 AND c.status IN ('LEASED', 'RUNNING')
            RETURNING c.command_id""";

    /** The reaper's scan: up to $1 leases past their end, oldest first (served by command_lease_until_idx). */
    static final String EXPIRED = """
            SELECT command_id, execution_id, lease_token, attempt, max_attempts, worker_id, cancel_requested
              FROM command
             WHERE status IN ('LEASED', 'RUNNING') AND lease_until < now()
             ORDER BY lease_until
             LIMIT $1""";

    /** Locks command $1 if lease $2 is still the expired one; another reaper or a heartbeat may have won. */
    static final String LOCK_EXPIRED = """
            SELECT command_id, execution_id, lease_token, attempt, max_attempts, worker_id, cancel_requested
              FROM command
             WHERE command_id = $1 AND lease_token = $2 AND status IN ('LEASED', 'RUNNING') AND lease_until < now()
               FOR UPDATE""";

    /**
     * Returns expired lease $2 of command $1 to the queue, due in $3 seconds, and records command.reclaimed
     * with the previous worker $4. Fenced on token, status and expiry, so two reapers reclaim it once and a
     * lease renewed meanwhile is untouched; the attempt stays counted.
     */
    static final String RECLAIM = """
            WITH reclaimed AS (
                UPDATE command c
                   SET status = 'PENDING', available_at = now() + make_interval(secs => $3), lease_until = NULL,
                       worker_id = NULL, updated_at = now()
                 WHERE c.command_id = $1 AND c.lease_token = $2 AND c.status IN ('LEASED', 'RUNNING')
                   AND c.lease_until < now() AND c.attempt < c.max_attempts
                RETURNING c.*)
            , recorded AS (
                INSERT INTO event (execution_id, catalog_id, event_type, node_name, node_type, status, command_id, meta)
                SELECT execution_id, catalog_id, 'command.reclaimed', step_name, tool_kind, 'PENDING', command_id,
                       jsonb_build_object('previous_worker_id', $4::text, 'attempt', attempt, 'available_at',
                           to_char(available_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                  FROM reclaimed)
            SELECT command_id FROM reclaimed""";
}
