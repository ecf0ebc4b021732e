package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.JsonBodies;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Typed reads of request-body fields shared by the execute and event routes; errors name the field. */
final class BodyFields {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private BodyFields() {
    }

    /** An id given as a string or a JSON integer; null when absent. */
    static Long id(JsonNode root, String field, String pointer) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual() && !n.isIntegralNumber()) throw JsonBodies.wrongType(pointer, "must be an id (string or integer)");
        return Ids.bodyField(pointer, n.asText());
    }

    /** A lease token: a JSON integer (or its digits as a string) of at least 0. */
    static Long token(JsonNode root, String field, String pointer) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isIntegralNumber() && n.canConvertToLong() && n.asLong() >= 0) return n.asLong();
        if (n.isTextual() && n.asText().matches("[0-9]{1,18}")) return Long.parseLong(n.asText());
        throw JsonBodies.wrongType(pointer, "must be a lease token (an integer of at least 0)");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JsonNode root, String field, ObjectMapper json) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw JsonBodies.wrongType("/" + field, "must be an object");
        return json.convertValue(n, Map.class);
    }

    static Integer integer(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isIntegralNumber()) throw JsonBodies.wrongType("/" + field, "must be an integer");
        return n.asInt();
    }

    /** Idempotency keys: 1–200 printable ASCII characters (api.md §1.7). */
    static String key(String value, String pointer) {
        if (value == null) return null;
        if (!KEY.matcher(value).matches()) {
            throw new Invalid("Invalid idempotency key.", List.of(FieldError.of(pointer, "must be 1 to 200 printable ASCII characters without spaces")));
        }
        return value;
    }
}
