package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.ContextRenderRequest;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Types the JSON of `POST /api/context/render`: a wrong JSON type is a 400, a missing field a 422. */
final class ContextRenderBodies {

    private ContextRenderBodies() {
    }

    @SuppressWarnings("unchecked")
    static ContextRenderRequest parse(String body, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        List<FieldError> errors = new ArrayList<>();
        Long executionId = executionId(root, errors);
        JsonNode template = root.get("template");
        if (template == null || template.isNull()) errors.add(FieldError.of("/template", "is required"));
        JsonNode extra = root.get("extra_context");
        if (extra != null && !extra.isNull() && !extra.isObject()) throw JsonBodies.wrongType("/extra_context", "must be an object");
        JsonNode strict = root.get("strict");
        if (strict != null && !strict.isNull() && !strict.isBoolean()) throw JsonBodies.wrongType("/strict", "must be true or false");
        if (!errors.isEmpty()) throw new Invalid("The render request is incomplete; every problem is listed.", errors);
        return new ContextRenderRequest(executionId, json.convertValue(template, Object.class),
                extra == null || extra.isNull() ? null : json.convertValue(extra, Map.class),
                strict == null || strict.isNull() || strict.booleanValue());
    }

    /** A string or a JSON integer (api.md §1.2); an unusable number or string is a 422, another type a 400. */
    private static Long executionId(JsonNode root, List<FieldError> errors) {
        JsonNode n = root.get("execution_id");
        if (n == null || n.isNull()) {
            errors.add(FieldError.of("/execution_id", "is required"));
            return null;
        }
        if (!n.isTextual() && !n.isNumber()) throw JsonBodies.wrongType("/execution_id", "must be an id (string or integer)");
        try {
            return Ids.bodyField("/execution_id", n.isIntegralNumber() || n.isTextual() ? n.asText() : "not-an-id");
        } catch (Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
