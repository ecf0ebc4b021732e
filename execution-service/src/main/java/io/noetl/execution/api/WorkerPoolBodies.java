package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.WorkerPoolRegistration;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.error.ProblemException;
import io.noetl.platform.model.Registration;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.model.RuntimeStatus;
import io.noetl.platform.web.JsonBodies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Types upstream worker-pool bodies (api.md §4.8): a wrong JSON type is a 400, broken rules one 422. */
final class WorkerPoolBodies {

    private WorkerPoolBodies() {
    }

    /** The `name` every pool body carries: required, 1-255 characters without control characters. */
    static String name(JsonNode body, String pointer) {
        String name = JsonBodies.text(body, "name");
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 255 || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new Invalid("The worker pool needs a name.", List.of(FieldError.of(pointer, "is required, 1-255 characters")));
        }
        return trimmed;
    }

    /** A register body, also the `registration` a heartbeat may carry. */
    static WorkerPoolRegistration registration(JsonNode body, ObjectMapper json) {
        String name = name(body, "/name");
        List<FieldError> errors = new ArrayList<>();
        String kind = JsonBodies.text(body, "component_type");
        if (kind != null && !kind.equals(RuntimeKind.WORKER_POOL.wire())) {
            errors.add(FieldError.of("/component_type", "must be worker_pool on this route"));
        }
        String statusText = JsonBodies.text(body, "status");
        RuntimeStatus status = statusText == null ? RuntimeStatus.READY : RuntimeStatus.parse(statusText).orElse(null);
        if (status == null) errors.add(FieldError.of("/status", "must be ready, busy, draining or offline"));
        Integer capacity = capacity(body, errors);
        if (!errors.isEmpty()) throw new Invalid("The worker pool registration is invalid; every problem is listed.", errors);
        String type = JsonBodies.text(body, "runtime");
        type = type == null || type.isBlank() ? null : type.trim().toLowerCase(Locale.ROOT);
        // As upstream: meta first, then the named fields, which win; absent ones are left out.
        JsonObject runtime = new JsonObject(object(body, "meta", json));
        putPresent(runtime, "type", type);
        putPresent(runtime, "pid", scalar(body, "pid", json));
        putPresent(runtime, "hostname", JsonBodies.text(body, "hostname"));
        String uri = firstText(body, "uri", "base_url", "endpoint");
        return new WorkerPoolRegistration(new Registration(RuntimeKind.WORKER_POOL, name, uri, status, labels(body, json),
                new JsonObject(), capacity, runtime), type);
    }

    /** The `registration` a heartbeat may carry; upstream ignores one it cannot use, and so do we (then 404). */
    static WorkerPoolRegistration heartbeatRegistration(JsonNode body, ObjectMapper json) {
        JsonNode r = body.get("registration");
        if (r == null || r.isNull()) return null;
        if (!r.isObject()) throw JsonBodies.wrongType("/registration", "must be an object");
        try {
            return registration(r, json);
        } catch (ProblemException unusable) {
            return null;
        }
    }

    private static Integer capacity(JsonNode body, List<FieldError> errors) {
        JsonNode n = body.get("capacity");
        if (n == null || n.isNull()) return null;
        if (!n.isNumber()) throw JsonBodies.wrongType("/capacity", "must be a number of slots");
        if (n.canConvertToInt() && n.isIntegralNumber() && n.intValue() >= 0) return n.intValue();
        errors.add(FieldError.of("/capacity", "must be a whole number, at least 0"));
        return null;
    }

    /** Labels are an object; upstream clients also send a list, kept as {"values": [...]}. */
    @SuppressWarnings("unchecked")
    private static JsonObject labels(JsonNode body, ObjectMapper json) {
        JsonNode n = body.get("labels");
        if (n == null || n.isNull()) return new JsonObject();
        if (n.isArray()) return new JsonObject().put("values", new JsonArray(json.convertValue(n, List.class)));
        if (!n.isObject()) throw JsonBodies.wrongType("/labels", "must be an object or a list");
        return new JsonObject(json.convertValue(n, Map.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JsonNode body, String field, ObjectMapper json) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return new LinkedHashMap<>();
        if (!n.isObject()) throw JsonBodies.wrongType("/" + field, "must be an object");
        return json.convertValue(n, Map.class);
    }

    private static Object scalar(JsonNode body, String field, ObjectMapper json) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber() && !n.isTextual()) throw JsonBodies.wrongType("/" + field, "must be a number or a string");
        return json.convertValue(n, Object.class);
    }

    private static void putPresent(JsonObject target, String key, Object value) {
        if (value != null) target.put(key, value);
    }

    private static String firstText(JsonNode body, String... fields) {
        for (String field : fields) {
            String value = JsonBodies.text(body, field);
            if (value != null && !value.isBlank()) return value.trim();
        }
        return null;
    }
}
