package io.noetl.platform.store;

import io.noetl.platform.model.RuntimeInstance;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;

/** Maps `runtime` rows; each column is named once, here. */
final class RuntimeRows {

    /** Columns every read selects, heartbeat age measured by the database clock. */
    static final String COLUMNS = """
            runtime_id, kind, name, uri, status, labels, capabilities, capacity, runtime, heartbeat,
            extract(epoch FROM now() - heartbeat)::float8 AS heartbeat_age_seconds, created_at, updated_at""";

    private RuntimeRows() {
    }

    static RuntimeInstance instance(Row row) {
        return new RuntimeInstance(
                row.getLong("runtime_id"),
                row.getString("kind"),
                row.getString("name"),
                row.getString("uri"),
                row.getString("status"),
                json(row, "labels"),
                json(row, "capabilities"),
                row.getInteger("capacity"),
                json(row, "runtime"),
                row.getOffsetDateTime("heartbeat"),
                row.getDouble("heartbeat_age_seconds"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }

    private static JsonObject json(Row row, String column) {
        JsonObject value = row.getJsonObject(column);
        return value == null ? new JsonObject() : value;
    }
}
