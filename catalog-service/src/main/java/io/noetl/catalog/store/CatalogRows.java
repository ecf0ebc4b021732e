package io.noetl.catalog.store;

import io.noetl.catalog.model.CatalogEntry;
import io.noetl.catalog.model.ResourceKind;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;

/** Maps `catalog` and `resource` rows; each column is named once, here. */
final class CatalogRows {

    /** Summary columns; content and payload are large and only read when asked for. */
    static final String SUMMARY = """
            catalog_id, path, version, kind, content_sha256, meta, created_at, deleted_at,
            payload->'metadata' AS metadata""";

    static final String FULL = """
            catalog_id, path, version, kind, content, content_sha256, payload, layout, meta, created_at, deleted_at""";

    private CatalogRows() {
    }

    static CatalogEntry full(Row row) {
        return new CatalogEntry(row.getLong("catalog_id"), row.getString("path"), row.getInteger("version"),
                row.getString("kind"), row.getString("content"), row.getString("content_sha256"),
                row.getJsonObject("payload"), row.getJsonObject("layout"), json(row, "meta"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("deleted_at"));
    }

    /** A summary row: content is null and payload holds only `metadata`, enough for descriptions. */
    static CatalogEntry summary(Row row) {
        JsonObject metadata = row.getJsonObject("metadata");
        return new CatalogEntry(row.getLong("catalog_id"), row.getString("path"), row.getInteger("version"),
                row.getString("kind"), null, row.getString("content_sha256"),
                metadata == null ? new JsonObject() : new JsonObject().put("metadata", metadata), null,
                json(row, "meta"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("deleted_at"));
    }

    static ResourceKind kind(Row row) {
        JsonObject meta = json(row, "meta");
        return new ResourceKind(row.getString("name"), meta.getBoolean("executable", false), meta.getString("description"));
    }

    private static JsonObject json(Row row, String column) {
        JsonObject value = row.getJsonObject(column);
        return value == null ? new JsonObject() : value;
    }
}
