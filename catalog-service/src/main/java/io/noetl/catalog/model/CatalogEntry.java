package io.noetl.catalog.model;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/** One immutable version of a registered resource (schema.md `catalog`). */
public record CatalogEntry(long catalogId, String path, int version, String kind, String content,
                           String contentSha256, JsonObject payload, JsonObject layout, JsonObject meta,
                           OffsetDateTime createdAt, OffsetDateTime deletedAt) {

    /** `metadata.description` of the document, if any. */
    public String description() {
        JsonObject metadata = payload == null ? null : payload.getJsonObject("metadata");
        Object d = metadata == null ? null : metadata.getValue("description");
        return d == null ? null : d.toString();
    }
}
