package io.noetl.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.ProblemCode;
import io.noetl.platform.error.TooLarge;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a JSON request body taken as text: size checked before parsing (413), unreadable JSON, a body
 * that is not an object, or a NUL anywhere (PostgreSQL text cannot hold it) are 400.
 */
public final class JsonBodies {

    /** The default limit of api.md §1.5 for bodies with no limit of their own. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    private JsonBodies() {
    }

    public static JsonNode object(String body, int maxBytes, ObjectMapper json) {
        if (body == null || body.isBlank()) throw unreadable("The request body is empty.");
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new TooLarge("The request body is over the " + maxBytes + "-byte limit.");
        }
        if (body.indexOf('\0') >= 0 || body.contains("\\u0000")) throw unreadable("The request body contains a NUL character.");
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw unreadable("The request body is not valid JSON.");
        }
        if (root == null || !root.isObject()) throw unreadable("The request body must be a JSON object.");
        return root;
    }

    /** A string field, null when absent or null; another JSON type is a 400 naming the field. */
    public static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw wrongType("/" + field, "must be a string");
        return n.asText();
    }

    public static BadRequest wrongType(String path, String message) {
        return new BadRequest(ProblemCode.BAD_REQUEST, "The field " + path + " has the wrong type.",
                List.of(FieldError.of(path, message)));
    }

    private static BadRequest unreadable(String detail) {
        return new BadRequest(ProblemCode.BAD_REQUEST, detail, List.of(FieldError.of("", detail)));
    }
}
