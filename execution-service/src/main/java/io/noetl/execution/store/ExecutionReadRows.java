package io.noetl.execution.store;

import io.noetl.execution.model.ExecutionSnapshot;
import io.vertx.mutiny.sqlclient.Row;
import java.util.Map;

/** Maps `execution` rows for the read routes; each column is named once, here. */
final class ExecutionReadRows {

    /**
     * Columns of a listing: no workload, ctx or result, which can be large. Progress counts ended step_state
     * rows against the steps of the stored playbook; durations come from the database clock.
     */
    static final String SUMMARY = """
            e.execution_id, e.catalog_id, e.path, e.version, e.parent_execution_id, e.root_execution_id,
            e.parent_step, e.status, e.error, e.trigger, e.cancel_requested, e.created_at, e.started_at, e.ended_at,
            extract(epoch FROM coalesce(e.ended_at, now()) - e.created_at)::float8 AS duration_seconds,
            (SELECT count(*) FROM step_state s WHERE s.execution_id = e.execution_id
                AND s.status IN ('COMPLETED', 'FAILED', 'SKIPPED', 'CANCELLED'))::int AS finished_steps,
            (SELECT CASE WHEN jsonb_typeof(c.payload->'workflow') = 'array'
                         THEN jsonb_array_length(c.payload->'workflow') ELSE 0 END
               FROM catalog c WHERE c.catalog_id = e.catalog_id)::int AS total_steps""";

    static final String FULL = SUMMARY + ", e.workload, e.ctx, e.result";

    private ExecutionReadRows() {
    }

    static ExecutionSnapshot summary(Row row) {
        return snapshot(row, null, null, null);
    }

    static ExecutionSnapshot full(Row row) {
        return snapshot(row, ReadColumns.object(row, "workload"), ReadColumns.object(row, "ctx"),
                ReadColumns.json(row, "result"));
    }

    private static ExecutionSnapshot snapshot(Row row, Map<String, Object> workload, Map<String, Object> ctx, Object result) {
        Integer total = row.getInteger("total_steps");
        return new ExecutionSnapshot(row.getLong("execution_id"), row.getLong("catalog_id"), row.getString("path"),
                row.getInteger("version"), row.getLong("parent_execution_id"), row.getLong("root_execution_id"),
                row.getString("parent_step"), row.getString("status"), workload, ctx, result,
                ReadColumns.object(row, "error"), ReadColumns.object(row, "trigger"), row.getBoolean("cancel_requested"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("started_at"),
                row.getOffsetDateTime("ended_at"), row.getDouble("duration_seconds"),
                total == null ? 0 : total, row.getInteger("finished_steps"));
    }
}
