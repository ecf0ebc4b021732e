package io.noetl.catalog.model;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored credential: metadata in the clear, data only as the encrypted envelope. */
public record Credential(long id, String name, String type, String dataEncrypted, String keyId, JsonObject schema,
                         JsonObject meta, List<String> tags, String description, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt) {

    /** What the credential's envelope is bound to: a record copied onto another id or name will not decrypt. */
    public static String associatedData(long id, String name) {
        return "credential:" + id + ":" + name;
    }
}
