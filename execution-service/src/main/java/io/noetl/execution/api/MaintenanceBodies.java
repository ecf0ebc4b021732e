package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.JsonBodies;
import java.util.List;

/**
 * Reads finalize and cleanup bodies. Both bodies are optional (an empty body takes every default); a field of the
 * wrong JSON type is 400, a well-typed value out of range 422 (api.md §1.3).
 */
final class MaintenanceBodies {

    static final int DEFAULT_MINUTES = 5;

    private MaintenanceBodies() {
    }

    static JsonNode root(String body, ObjectMapper json) {
        return body == null || body.isBlank() ? json.createObjectNode() : JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
    }

    static int olderThanMinutes(JsonNode root) {
        JsonNode n = root.get("older_than_minutes");
        if (n == null || n.isNull()) return DEFAULT_MINUTES;
        if (!n.isIntegralNumber()) throw JsonBodies.wrongType("/older_than_minutes", "must be an integer");
        // canConvertToInt: 10^12 minutes is no more meaningful than 0, and must not wrap around to a small number.
        if (!n.canConvertToInt() || n.asInt() < 1) {
            throw new Invalid("older_than_minutes must be at least 1.", List.of(FieldError.of("/older_than_minutes",
                    "must be an integer from 1 to " + Integer.MAX_VALUE)));
        }
        return n.asInt();
    }

    static boolean dryRun(JsonNode root) {
        JsonNode n = root.get("dry_run");
        if (n == null || n.isNull()) return false;
        if (!n.isBoolean()) throw JsonBodies.wrongType("/dry_run", "must be a boolean");
        return n.asBoolean();
    }
}
