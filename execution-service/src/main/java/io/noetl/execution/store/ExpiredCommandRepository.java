package io.noetl.execution.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Closes a command whose lease expired and that must not run again, with its terminal event. Both run
 * inside the reaper's transaction; each is fenced on the lease state, and the event's unique index
 * (one terminal event per command attempt) makes a repeat write nothing.
 */
@ApplicationScoped
public class ExpiredCommandRepository {

    /** No attempt left: FAILED with kind lease_expired (not retryable: the platform's retries are used up). */
    static final String FAIL = """
            WITH failed AS (
                UPDATE command c
                   SET status = 'FAILED', ended_at = now(), updated_at = now(),
                       error = jsonb_build_object('kind', 'lease_expired', 'retryable', false, 'message',
                           format('The worker''s lease expired on attempt %s of %s.', c.attempt, c.max_attempts))
                 WHERE c.command_id = $1 AND c.status IN ('LEASED', 'RUNNING') AND c.lease_until < now()
                RETURNING c.*)
            INSERT INTO event (execution_id, catalog_id, event_type, node_name, node_type, status, command_id,
                               worker_id, error, result, meta)
            SELECT execution_id, catalog_id, 'command.failed', step_name, tool_kind, 'FAILED', command_id, worker_id,
                   error->>'message', jsonb_build_object('error', error),
                   jsonb_build_object('attempt', attempt, 'worker_id', worker_id, 'lease_token', lease_token)
              FROM failed
            ON CONFLICT DO NOTHING""";

    /** Its execution ended or is cancelling: CANCELLED, not re-queued (nothing would ever lease it). */
    static final String CANCEL = """
            WITH cancelled AS (
                UPDATE command c SET status = 'CANCELLED', ended_at = now(), updated_at = now()
                 WHERE c.command_id = $1 AND c.lease_token = $2 AND c.status IN ('LEASED', 'RUNNING')
                RETURNING c.*)
            INSERT INTO event (execution_id, catalog_id, event_type, node_name, node_type, status, command_id,
                               worker_id, meta)
            SELECT execution_id, catalog_id, 'command.cancelled', step_name, tool_kind, 'CANCELLED', command_id,
                   worker_id, jsonb_build_object('attempt', attempt, 'worker_id', worker_id, 'reason', 'lease_expired')
              FROM cancelled
            ON CONFLICT DO NOTHING""";

    public Uni<Void> fail(SqlClient tx, long commandId) {
        return tx.preparedQuery(FAIL).execute(Tuple.of(commandId)).replaceWithVoid();
    }

    public Uni<Void> cancel(SqlClient tx, long commandId, long leaseToken) {
        return tx.preparedQuery(CANCEL).execute(Tuple.of(commandId, leaseToken)).replaceWithVoid();
    }
}
