package io.noetl.execution.service;

import io.noetl.execution.engine.Outcome;
import io.noetl.execution.model.ReportedEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a step outcome from a worker's terminal event: {@code command.completed} carries the outcome envelope
 * of dsl.md §4.2 in {@code result} (a bare value is taken as its data), {@code command.failed} an error
 * {@code {kind, message, retryable}}, {@code command.cancelled} means the run was stopped.
 */
final class Outcomes {

    private Outcomes() {
    }

    /** The {@code ctx} writes of the command's task policies: {@code meta.ctx} of the terminal event, keys without "ctx.". */
    @SuppressWarnings("unchecked")
    static Map<String, Object> ctxWrites(ReportedEvent e) {
        return e.meta() != null && e.meta().get("ctx") instanceof Map<?, ?> ctx && !ctx.isEmpty()
                ? (Map<String, Object>) ctx : Map.of();
    }

    @SuppressWarnings("unchecked")
    static Outcome of(ReportedEvent e) {
        Map<String, Object> envelope = e.result() instanceof Map<?, ?> m && m.containsKey("status") && m.containsKey("data")
                ? (Map<String, Object>) m : null;
        Map<String, Object> details = new LinkedHashMap<>();
        if (envelope != null) {
            for (String k : new String[] {"http", "pg", "py", "meta"}) {
                if (envelope.get(k) != null) details.put(k, envelope.get(k));
            }
        }
        Object data = envelope != null ? envelope.get("data") : "command.completed".equals(e.type()) ? e.result() : null;
        if ("command.completed".equals(e.type())) return new Outcome(Outcome.OK, data, null, details);
        if ("command.cancelled".equals(e.type())) {
            return new Outcome(Outcome.ERROR, data, Outcome.errorMap("cancelled", "the run was cancelled", false), details);
        }
        Map<String, Object> error = null;
        if (envelope != null && envelope.get("error") instanceof Map<?, ?> err) error = (Map<String, Object>) err;
        else if (e.result() instanceof Map<?, ?> r && r.get("error") instanceof Map<?, ?> err) error = (Map<String, Object>) err;
        Map<String, Object> full = Outcome.errorMap("error", e.error(), false);
        if (error != null) error.forEach((k, v) -> { if (v != null) full.put(k, v); });
        if (full.get("message") == null) full.put("message", e.error() == null ? "the command failed" : e.error());
        return new Outcome(Outcome.ERROR, data, full, details);
    }
}
