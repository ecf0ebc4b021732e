package io.noetl.worker.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The render context of one task attempt (dsl.md §5.2): the command's context from the orchestrator, earlier
 * tasks' results by name (below reserved names and the loop iterator), {@code _prev}, {@code _task},
 * {@code _attempt}, and for policies {@code outcome} (alias {@code output}).
 */
final class TaskContext {

    static final Set<String> RESERVED = Set.of("workload", "ctx", "iter", "loop", "args", "outcome", "output", "event",
            "keychain", "workflow", "execution_id", "catalog_id", "parent_execution_id", "root_execution_id", "job",
            "_prev", "_task", "_attempt");

    private TaskContext() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, Object> render, Map<String, Object> results, Object prev, String task,
            int attempt) {
        Map<String, Object> c = new HashMap<>(render);
        Set<String> iterators = render.get("iter") instanceof Map<?, ?> iter ? ((Map<String, Object>) iter).keySet() : Set.of();
        results.forEach((name, value) -> {
            if (!RESERVED.contains(name) && !iterators.contains(name)) c.put(name, value);
        });
        c.put("_prev", prev);
        c.put("_task", task);
        c.put("_attempt", attempt);
        return c;
    }
}
