package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.ExecuteRequest;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.error.TooLarge;
import io.noetl.platform.web.JsonBodies;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an execute request (api.md §4.1): exactly one playbook reference, {@code payload} (alias
 * {@code workload}) an object within its size limit, {@code version} an integer ≥ 1 or {@code latest}, the
 * idempotency key from the header or the body (both and different: 422).
 */
final class ExecuteBodies {

    private static final Set<String> TRIGGERS = Set.of("api", "schedule", "parent");

    private ExecuteBodies() {
    }

    static ExecuteRequest parse(String body, String headerKey, int maxBytes, int payloadBytes, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, maxBytes, json);
        String path = JsonBodies.text(root, "path");
        Long catalogId = BodyFields.id(root, "catalog_id", "/catalog_id");
        if (path == null && catalogId == null) {
            throw new Invalid("Name the playbook to run.", List.of(FieldError.of("/path", "give path (and version) or catalog_id")));
        }
        Map<String, Object> payload = BodyFields.object(root, root.has("payload") ? "payload" : "workload", json);
        if (payload != null && io.vertx.core.json.Json.encode(payload).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > payloadBytes) {
            throw new TooLarge("The payload is over the " + payloadBytes + "-byte limit.");
        }
        String bodyKey = BodyFields.key(JsonBodies.text(root, "idempotency_key"), "/idempotency_key");
        String key = BodyFields.key(headerKey, "header.Idempotency-Key");
        if (key != null && bodyKey != null && !key.equals(bodyKey)) {
            throw new Invalid("Two different idempotency keys.", List.of(FieldError.of("/idempotency_key",
                    "differs from the Idempotency-Key header")));
        }
        return new ExecuteRequest(path, catalogId, version(root), payload, BodyFields.id(root, "parent_execution_id",
                "/parent_execution_id"), JsonBodies.text(root, "parent_step"), key != null ? key : bodyKey, trigger(root, json));
    }

    private static String version(JsonNode root) {
        JsonNode v = root.get("version");
        if (v == null || v.isNull()) return null;
        if (v.isTextual() && v.asText().equals("latest")) return "latest";
        if (v.isIntegralNumber() && v.asLong() >= 1 && v.asLong() <= Integer.MAX_VALUE) return v.asText();
        if (v.isTextual() && v.asText().matches("[1-9][0-9]{0,8}")) return v.asText();
        throw new Invalid("Invalid version.", List.of(FieldError.of("/version", "must be an integer ≥ 1 or \"latest\"")));
    }

    private static Map<String, Object> trigger(JsonNode root, ObjectMapper json) {
        Map<String, Object> t = BodyFields.object(root, "trigger", json);
        if (t == null) return Map.of("type", root.hasNonNull("parent_execution_id") ? "parent" : "api");
        if (!TRIGGERS.contains(String.valueOf(t.get("type")))) {
            throw new Invalid("Invalid trigger.", List.of(FieldError.of("/trigger/type", "must be api, schedule or parent")));
        }
        return t;
    }
}
