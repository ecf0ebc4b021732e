package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.JsonBodies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared reading and checking of the command route bodies: a field of the wrong JSON type is a 400 naming
 * it (thrown at once); rule breaks (missing, out of range) are collected and thrown together as one 422.
 */
final class CommandBodies {

    private final List<FieldError> errors = new ArrayList<>();

    /** An integral number, null when absent or null; a string, fraction or object is a 400. */
    static Long integer(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw JsonBodies.wrongType("/" + field, "must be an integer");
        return n.asLong();
    }

    /** A list of strings, null when absent or null. */
    static List<String> strings(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isArray()) throw JsonBodies.wrongType("/" + field, "must be a list of strings");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) throw JsonBodies.wrongType("/" + field + "/" + i, "must be a string");
            values.add(n.get(i).asText());
        }
        return values;
    }

    /** worker_id: required, 1–200 characters, not blank. */
    String worker(String workerId) {
        if (workerId == null || workerId.isBlank() || workerId.length() > 200) {
            errors.add(FieldError.of("/worker_id", "is required: 1 to 200 characters, not blank"));
        }
        return workerId;
    }

    Long required(Long value, String field) {
        if (value == null) errors.add(FieldError.of("/" + field, "is required"));
        return value;
    }

    /** {@code value} within [min, max], or {@code fallback} when absent. */
    int range(Long value, int min, int max, int fallback, String field) {
        if (value == null) return fallback;
        if (value < min || value > max) {
            errors.add(FieldError.of("/" + field, "must be between " + min + " and " + max));
            return fallback;
        }
        return value.intValue();
    }

    /** Seconds within [min, max] of the service's configuration, or {@code fallback} when absent. */
    Duration seconds(Long value, Duration min, Duration max, Duration fallback, String field) {
        return Duration.ofSeconds(range(value, (int) min.toSeconds(), (int) max.toSeconds(), (int) fallback.toSeconds(), field));
    }

    void add(String path, String message) {
        errors.add(FieldError.of(path, message));
    }

    /** Throws every collected problem at once (api.md §1.3: 422 lists them all). */
    void done() {
        if (!errors.isEmpty()) throw new Invalid("The request breaks " + errors.size() + " rule(s).", errors);
    }
}
