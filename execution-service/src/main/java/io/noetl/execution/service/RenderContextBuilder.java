package io.noetl.execution.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the orchestrator's render context of dsl.md §5.2 from plain values (maps, lists, strings, numbers,
 * booleans, null), so the routing engine and `POST /api/context/render` see the same names. Loop, pipeline,
 * outcome and event names are added by their callers on top of this base.
 */
public final class RenderContextBuilder {

    /** Names a workload key or step never takes over (dsl.md §5.2); the Jinja keywords cannot be looked up anyway. */
    public static final Set<String> RESERVED = Set.of("workload", "ctx", "iter", "loop", "args", "outcome", "output",
            "event", "keychain", "workflow", "execution_id", "catalog_id", "parent_execution_id", "root_execution_id",
            "job", "_prev", "_task", "_attempt");

    private RenderContextBuilder() {
    }

    /**
     * @param workload    the execution's merged workload; its top-level keys are also names of their own
     * @param ctx         the execution variables written by {@code set}
     * @param stepResults result of each step's latest ok run, by step name
     * @return a new map; precedence on a clash: reserved names, then steps, then workload keys
     */
    public static Map<String, Object> build(long executionId, long catalogId, Long parentExecutionId,
                                            long rootExecutionId, Object workload, Map<String, ?> ctx,
                                            Map<String, ?> stepResults) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (workload instanceof Map<?, ?> keys) {
            keys.forEach((key, value) -> putUnreserved(context, String.valueOf(key), value));
        }
        stepResults.forEach((step, result) -> putUnreserved(context, step, withDataAlias(result)));
        context.put("workload", workload);
        context.put("ctx", ctx == null ? Map.of() : ctx);
        context.put("execution_id", Long.toString(executionId));
        context.put("catalog_id", Long.toString(catalogId));
        context.put("parent_execution_id", parentExecutionId == null ? null : parentExecutionId.toString());
        context.put("root_execution_id", Long.toString(rootExecutionId));
        context.put("job", Map.of("id", Long.toString(executionId)));
        return context;
    }

    private static void putUnreserved(Map<String, Object> context, String name, Object value) {
        if (!RESERVED.contains(name)) context.put(name, value);
    }

    /**
     * Upstream templates read {@code <step>.data}: when a result is a map without a {@code data} key, that key
     * holds the whole result (dsl.md §5.2 compatibility). Other results are left as they are.
     */
    private static Object withDataAlias(Object result) {
        if (!(result instanceof Map<?, ?> map) || map.containsKey("data")) return result;
        Map<Object, Object> aliased = new LinkedHashMap<>(map);
        aliased.put("data", map);
        return aliased;
    }
}
