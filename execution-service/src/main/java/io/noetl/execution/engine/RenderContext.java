package io.noetl.execution.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The render context of dsl.md §5.2 as the orchestrator sees it. On a name clash reserved names win over the
 * loop iterator, which wins over step results, which win over top-level workload keys; so they are put in
 * the reverse order. A step result that is a map without a {@code data} key also answers {@code <step>.data}
 * with itself (upstream compatibility).
 */
public final class RenderContext {

    private RenderContext() {
    }

    public static Map<String, Object> of(RunState s) {
        Map<String, Object> c = new HashMap<>();
        s.workload.forEach(c::put);
        s.steps.values().stream().filter(r -> r.hasOkResult).forEach(r -> c.put(r.name, visible(r.result)));
        c.put("workload", s.workload);
        c.put("ctx", s.ctx);
        c.put("execution_id", Long.toString(s.executionId));
        c.put("catalog_id", Long.toString(s.catalogId));
        c.put("parent_execution_id", s.parentExecutionId == null ? null : s.parentExecutionId.toString());
        c.put("root_execution_id", Long.toString(s.rootExecutionId));
        c.put("job", Map.of("id", Long.toString(s.executionId)));
        return c;
    }

    /** Adds {@code outcome} (alias {@code output}) and {@code event} for step {@code set} and arcs. */
    public static Map<String, Object> atBoundary(RunState s, String step, int run, Outcome outcome, String eventName) {
        Map<String, Object> c = of(s);
        Map<String, Object> envelope = outcome.envelope();
        c.put("outcome", envelope);
        c.put("output", envelope);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("name", eventName);
        event.put("step", step);
        event.put("run", run);
        event.put("timestamp", s.now().toString());
        c.put("event", event);
        return c;
    }

    /** Adds the iterator, {@code iter} and {@code loop} of one loop iteration. */
    public static Map<String, Object> forIteration(Map<String, Object> base, String iterator, Object item, int index,
            int length) {
        Map<String, Object> c = new HashMap<>(base);
        c.put(iterator, item);
        Map<String, Object> iter = new HashMap<>();
        iter.put(iterator, item);
        c.put("iter", iter);
        c.put("loop", Map.of("index", index, "first", index == 0, "last", index == length - 1, "length", length));
        return c;
    }

    static Object visible(Object result) {
        if (result instanceof Map<?, ?> map && !map.containsKey("data")) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put("data", result);
            return copy;
        }
        return result;
    }
}
