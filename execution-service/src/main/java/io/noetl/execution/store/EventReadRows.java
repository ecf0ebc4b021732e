package io.noetl.execution.store;

import io.noetl.execution.model.LoggedEvent;
import io.vertx.mutiny.sqlclient.Row;
import java.util.Map;

/** Maps `event` rows; each column is named once, here. */
final class EventReadRows {

    static final String COLUMNS = """
            event_id, execution_id, parent_event_id, parent_execution_id, catalog_id, command_id, event_type,
            node_name, node_type, status, duration, context, result, error, meta, worker_id, created_at""";

    private EventReadRows() {
    }

    static LoggedEvent event(Row row) {
        Map<String, Object> meta = ReadColumns.object(row, "meta");
        return new LoggedEvent(row.getLong("event_id"), row.getLong("execution_id"), row.getLong("parent_event_id"),
                row.getLong("parent_execution_id"), row.getLong("catalog_id"), row.getLong("command_id"),
                row.getString("event_type"), row.getString("node_name"), row.getString("node_type"),
                row.getString("status"), row.getDouble("duration"), ReadColumns.json(row, "context"),
                ReadColumns.json(row, "result"), row.getString("error"), meta == null ? Map.of() : meta,
                row.getString("worker_id"), row.getOffsetDateTime("created_at"));
    }
}
