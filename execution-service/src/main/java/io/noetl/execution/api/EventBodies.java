package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.BatchReport;
import io.noetl.execution.model.ReportedEvent;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads worker reports (api.md §4.3): the batch shape, upstream's fence in each event's {@code meta}, and the
 * single-event route as a batch of one. Unknown types, a terminal event that is not last, or two terminal events
 * are refused with 422 before anything is stored.
 */
final class EventBodies {

    private EventBodies() {
    }

    static BatchReport batch(String body, String key, int maxBytes, int maxEvents, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, maxBytes, json);
        JsonNode list = root.get("events");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new Invalid("A report needs events.", List.of(FieldError.of("/events", "must be a non-empty list")));
        }
        if (list.size() > maxEvents) {
            throw new Invalid("Too many events in one report.", List.of(FieldError.of("/events",
                    "has " + list.size() + " events; at most " + maxEvents + " per report")));
        }
        List<ReportedEvent> events = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) throw JsonBodies.wrongType("/events/" + i, "must be an object");
            ReportedEvent e = event(list.get(i), "/events/" + i, json);
            if (e != null) events.add(e);
        }
        JsonNode firstMeta = list.get(0).get("meta");
        Long commandId = BodyFields.id(root, "command_id", "/command_id");
        if (commandId == null && firstMeta != null && firstMeta.isObject()) commandId = BodyFields.id(firstMeta, "command_id", "/events/0/meta/command_id");
        Long token = BodyFields.token(root, "lease_token", "/lease_token");
        if (token == null && firstMeta != null && firstMeta.isObject() && firstMeta.has("lease_token")) {
            token = BodyFields.token(firstMeta, "lease_token", "/events/0/meta/lease_token");
        }
        Long executionId = BodyFields.id(root, "execution_id", "/execution_id");
        if (executionId == null || commandId == null) {
            throw new Invalid("A report names its execution and command.", List.of(FieldError.of(executionId == null
                    ? "/execution_id" : "/command_id", "is required")));
        }
        checkTerminalLast(events);
        return new BatchReport(executionId, commandId, token, BodyFields.integer(root, "attempt"),
                JsonBodies.text(root, "worker_id"), BodyFields.key(key, "header.Idempotency-Key"), events);
    }

    /** Null for the upstream types that are accepted and dropped. */
    @SuppressWarnings("unchecked")
    static ReportedEvent event(JsonNode n, String at, ObjectMapper json) {
        String type = first(n, "event_type", "type", "name");
        if (type == null) throw new Invalid("An event needs a type.", List.of(FieldError.of(at + "/event_type", "is required")));
        if (ReportedEvent.DROPPED.contains(type)) return null;
        if (!ReportedEvent.WORKER_TYPES.contains(type)) {
            throw new Invalid("Workers cannot report this event type.", List.of(FieldError.of(at + "/event_type",
                    "'" + type + "' is not one of " + ReportedEvent.WORKER_TYPES)));
        }
        JsonNode duration = n.get("duration");
        JsonNode meta = n.get("meta");
        return new ReportedEvent(type, first(n, "node_name", "step"), JsonBodies.text(n, "status"),
                value(n, n.has("context") ? "context" : "payload", json), value(n, "result", json),
                errorText(n.get("error"), json), duration != null && duration.isNumber() ? duration.asDouble() : null,
                meta != null && meta.isObject() ? json.convertValue(meta, Map.class) : null);
    }

    private static void checkTerminalLast(List<ReportedEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).terminal() && i != events.size() - 1) {
                throw new Invalid("The terminal event must be the last one.", List.of(FieldError.of("/events/" + i,
                        "a terminal command event must be last, and there may be only one")));
            }
        }
    }

    private static String first(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && v.isTextual()) return v.asText();
        }
        return null;
    }

    private static Object value(JsonNode n, String field, ObjectMapper json) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : json.convertValue(v, Object.class);
    }

    private static String errorText(JsonNode e, ObjectMapper json) {
        if (e == null || e.isNull()) return null;
        if (e.isTextual()) return e.asText();
        if (e.isObject() && e.get("message") != null) return e.get("message").asText();
        return e.toString();
    }
}
