package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.noetl.execution.model.VariableInput;
import io.noetl.execution.model.VariableNames;
import io.noetl.execution.model.VariableType;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.error.TooLarge;
import io.noetl.platform.web.JsonBodies;
import io.noetl.playbook.yaml.JsonPointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Types the JSON of `POST /api/vars/{execution_id}`: a wrong JSON type is a 400 naming the field, a value over
 * its limit a 413, and every broken rule (no variable, a bad name, an unknown var_type) is listed in one 422.
 */
final class VariableBodies {

    /** One variable value, serialized (api.md §1.5). */
    static final int MAX_VALUE_BYTES = 256 * 1024;

    private VariableBodies() {
    }

    static VariableInput parse(String body, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        JsonNode variables = root.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            throw JsonBodies.wrongType("/variables", "must be an object of name → value");
        }
        String type = JsonBodies.text(root, "var_type");
        String sourceStep = JsonBodies.text(root, "source_step");
        ObjectNode named = variables instanceof ObjectNode object ? object : json.createObjectNode();
        checkSizes(named);
        List<FieldError> errors = new ArrayList<>();
        if (named.isEmpty()) errors.add(FieldError.of("/variables", "must hold at least one variable"));
        named.fieldNames().forEachRemaining(name -> {
            if (!VariableNames.valid(name)) errors.add(FieldError.of(JsonPointer.append("/variables", name), "name " + VariableNames.RULE));
        });
        VariableType parsed = type == null ? VariableType.USER_DEFINED : VariableType.parse(type).orElse(null);
        if (parsed == null) {
            errors.add(FieldError.of("/var_type", "must be one of user_defined, step_result, computed, iterator_state"));
        }
        if (!errors.isEmpty()) throw new Invalid("The variables cannot be set; every problem is listed.", errors);
        return new VariableInput(named, parsed, sourceStep);
    }

    private static void checkSizes(ObjectNode variables) {
        variables.fields().forEachRemaining(e -> {
            if (e.getValue().toString().getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
                throw new TooLarge("The value at " + JsonPointer.append("/variables", e.getKey()) + " is over the "
                        + MAX_VALUE_BYTES + "-byte limit.");
            }
        });
    }
}
