package io.noetl.execution.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The append-only event log: one batched insert per transaction, ids returned in order. */
@ApplicationScoped
public class EventRepository {

    /** A row to append; {@code eventId} null takes a new snowflake id ({@code command.issued} uses the command's). */
    public record Row(Long eventId, long executionId, long catalogId, Long parentExecutionId, String type,
            String nodeName, String nodeType, String status, Object context, Object result, String error, Object meta,
            String workerId, Long commandId, Double duration) {
    }

    static final String INSERT = """
            INSERT INTO noetl.event (event_id, execution_id, catalog_id, parent_execution_id, event_type, node_name,
                   node_type, status, context, result, error, meta, worker_id, command_id, duration)
            VALUES (COALESCE($1, noetl.snowflake_id()), $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb,
                   $11, COALESCE($12::text::jsonb, '{}'), $13, $14, $15)
            RETURNING event_id\s""";

    static final String REPORTED = """
            SELECT event_id FROM noetl.event
             WHERE execution_id = $1 AND command_id = $2
               AND (meta->>'idempotency_key' = $3 OR (meta->>'attempt' = $4 AND event_type IN
                    ('command.completed', 'command.failed', 'command.cancelled')))
             ORDER BY event_id""";

    public Uni<List<Long>> append(SqlClient tx, List<Row> rows) {
        if (rows.isEmpty()) return Uni.createFrom().item(List.of());
        List<Tuple> tuples = rows.stream().map(r -> Tuple.from(new Object[] {r.eventId(), r.executionId(), r.catalogId(),
                r.parentExecutionId(), r.type(), r.nodeName(), r.nodeType(), r.status(), Json.text(r.context()),
                Json.text(r.result()), r.error(), Json.text(r.meta()), r.workerId(), r.commandId(), r.duration()})).toList();
        return tx.preparedQuery(INSERT).executeBatch(tuples).map(rs -> {
            List<Long> ids = new ArrayList<>();
            for (var batch = rs; batch != null; batch = batch.next()) batch.forEach(row -> ids.add(row.getLong("event_id")));
            return ids;
        });
    }

    /**
     * Events already stored for this report: the same idempotency key, or a terminal event of the same
     * command attempt under any key (api.md §1.7). Empty when the report is new.
     */
    public Uni<List<Long>> alreadyReported(SqlClient tx, long executionId, long commandId, String key, int attempt) {
        return tx.preparedQuery(REPORTED).execute(Tuple.of(executionId, commandId, key, Integer.toString(attempt)))
                .map(rs -> {
                    List<Long> ids = new ArrayList<>();
                    rs.forEach(r -> ids.add(r.getLong("event_id")));
                    return ids;
                });
    }
}
