package io.noetl.catalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.catalog.service.CredentialValidation;
import io.noetl.platform.web.JsonBodies;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Types the JSON of `POST /api/credentials`; a field of the wrong JSON type is a 400 naming it. */
final class CredentialBodies {

    private CredentialBodies() {
    }

    static CredentialValidation.Raw parse(String body, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        String type = JsonBodies.text(root, "type");
        if (type == null) type = JsonBodies.text(root, "credential_type");
        return new CredentialValidation.Raw(JsonBodies.text(root, "name"), type, object(root, "data", json),
                JsonBodies.text(root, "description"), tags(root), object(root, "meta", json), object(root, "schema", json));
    }

    @SuppressWarnings("unchecked")
    private static JsonObject object(JsonNode root, String field, ObjectMapper json) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw JsonBodies.wrongType("/" + field, "must be an object");
        return new JsonObject(json.convertValue(n, Map.class));
    }

    /** Tags come as a list of strings or, from upstream clients, as one comma-separated string. */
    private static List<String> tags(JsonNode root) {
        JsonNode n = root.get("tags");
        if (n == null || n.isNull()) return List.of();
        if (n.isTextual()) return Arrays.stream(n.asText().split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        if (!n.isArray()) throw JsonBodies.wrongType("/tags", "must be a list of strings or a comma-separated string");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) throw JsonBodies.wrongType("/tags/" + i, "must be a string");
            tags.add(n.get(i).asText());
        }
        return tags;
    }
}
