package io.noetl.scheduler.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.JsonBodies;
import io.noetl.scheduler.model.Catchup;
import io.noetl.scheduler.model.ScheduleDraft;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads create and merge-patch bodies (api.md §6, strict: unknown fields are 422). A field of the wrong
 * JSON type is 400; rules on values are {@code ScheduleRules}'. In a create, null equals absent; in a
 * patch, null clears the field back to its default.
 */
final class ScheduleBodies {

    static final Set<String> FIELDS = Set.of("playbook_path", "playbook_version", "cron", "interval_seconds", "timezone",
            "enabled", "input_payload", "catchup", "max_catchup", "description", "labels");

    private static final ScheduleDraft EMPTY = new ScheduleDraft(null, null, null, null, "UTC", true, Catchup.LATEST, null,
            Map.of(), null, null);

    private ScheduleBodies() {
    }

    static ScheduleDraft create(String body, ObjectMapper json) {
        return patch(body, json).apply(EMPTY);
    }

    static UnaryOperator<ScheduleDraft> patch(String body, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        unknownFields(root);
        Map<String, Object> input = root.has("input_payload") ? object(root, "input_payload", json) : null;
        Map<String, String> labels = root.has("labels") ? labels(root) : null;
        Catchup catchup = catchup(root);
        return d -> new ScheduleDraft(
                root.has("playbook_path") ? JsonBodies.text(root, "playbook_path") : d.playbookPath(),
                root.has("playbook_version") ? integer(root, "playbook_version") : d.playbookVersion(),
                root.has("cron") ? JsonBodies.text(root, "cron") : d.cron(),
                root.has("interval_seconds") ? integer(root, "interval_seconds") : d.intervalSeconds(),
                root.has("timezone") ? orElse(JsonBodies.text(root, "timezone"), "UTC") : d.timezone(),
                root.has("enabled") ? bool(root, "enabled", true) : d.enabled(),
                root.has("catchup") ? catchup : d.catchup(),
                root.has("max_catchup") ? integer(root, "max_catchup") : d.maxCatchup(),
                root.has("input_payload") ? orElse(input, Map.of()) : d.inputPayload(),
                root.has("description") ? JsonBodies.text(root, "description") : d.description(),
                root.has("labels") ? labels : d.labels());
    }

    /** The optional body of a trigger: {input_payload?}. */
    static Map<String, Object> trigger(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) return null;
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        return object(root, "input_payload", json);
    }

    private static void unknownFields(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) errors.add(FieldError.of("/" + name, "unknown field"));
        }
        if (!errors.isEmpty()) throw new Invalid("The body has fields a schedule does not have.", errors);
    }

    private static Catchup catchup(JsonNode root) {
        String value = JsonBodies.text(root, "catchup");
        if (value == null) return Catchup.LATEST;
        Catchup c = Catchup.parse(value);
        if (c == null) throw new Invalid("Invalid catchup.", List.of(FieldError.of("/catchup", "must be none, latest or all")));
        return c;
    }

    private static Integer integer(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isIntegralNumber()) throw JsonBodies.wrongType("/" + field, "must be an integer");
        // Out of int range is a value problem: clamped so that the range rule names the field (422).
        return n.canConvertToInt() ? n.intValue() : (n.asText().startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    }

    private static boolean bool(JsonNode root, String field, boolean absent) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return absent;
        if (!n.isBoolean()) throw JsonBodies.wrongType("/" + field, "must be true or false");
        return n.booleanValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JsonNode root, String field, ObjectMapper json) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw JsonBodies.wrongType("/" + field, "must be a JSON object");
        return json.convertValue(n, LinkedHashMap.class);
    }

    private static Map<String, String> labels(JsonNode root) {
        JsonNode n = root.get("labels");
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw JsonBodies.wrongType("/labels", "must be an object of strings");
        Map<String, String> labels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) throw JsonBodies.wrongType("/labels/" + e.getKey(), "must be a string");
            labels.put(e.getKey(), e.getValue().asText());
        }
        return labels;
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
