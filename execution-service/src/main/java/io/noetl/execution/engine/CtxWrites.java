package io.noetl.execution.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies {@code set:} writes to {@code ctx} (dsl.md §5.3): keys {@code ctx.a.b} create intermediate maps, a
 * write below a non-map fails with {@code set_conflict}, and {@code ctx} stays under its size cap.
 */
final class CtxWrites {

    /** A failed write: its kind is the error kind of the unhandled failure. */
    static final class Failure extends RuntimeException {
        final String kind;

        Failure(String kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }
    }

    private CtxWrites() {
    }

    static void apply(Pass p, Map<String, Object> writes, Map<String, Object> snapshot, String where) {
        Map<String, Object> rendered = new LinkedHashMap<>();
        writes.forEach((key, value) -> rendered.put(key, p.templates.render(value, snapshot, where + "." + key)));
        put(p.s, p.limits, rendered, where);
    }

    /**
     * Writes values as they are (already rendered, e.g. by a worker's task policy, dsl.md §7): a value that looks
     * like a template stays text. Keys are {@code ctx.a.b}.
     */
    @SuppressWarnings("unchecked")
    static void put(RunState s, EngineLimits limits, Map<String, Object> writes, String where) {
        Map<String, Object> ctx = deepCopy(s.ctx);
        for (Map.Entry<String, Object> w : writes.entrySet()) {
            Object value = w.getValue();
            String[] parts = w.getKey().split("\\.");
            Map<String, Object> node = ctx;
            for (int i = 1; i < parts.length - 1; i++) {
                Object child = node.get(parts[i]);
                if (child == null) {
                    child = new LinkedHashMap<String, Object>();
                    node.put(parts[i], child);
                } else if (!(child instanceof Map)) {
                    throw new Failure("set_conflict", where + "." + w.getKey() + " writes below ctx value '" + parts[i] + "', which is not a map");
                }
                node = (Map<String, Object>) child;
            }
            node.put(parts[parts.length - 1], value);
        }
        if (JsonSize.of(ctx) > limits.ctxBytes()) {
            throw new Failure("ctx_too_large", where + " makes ctx larger than " + limits.ctxBytes() + " bytes");
        }
        s.ctx = ctx;
        s.executionDirty = true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> inner ? deepCopy((Map<String, Object>) inner) : v));
        return out;
    }
}
