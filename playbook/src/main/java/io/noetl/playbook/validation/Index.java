package io.noetl.playbook.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names rules need to look across the document (steps, workbook tasks, keychain entries, workload keys),
 * gathered once and tolerantly: a malformed part contributes what it can, and its own rule reports it.
 */
final class Index {

    /** Workflow items, by position; null where an item is not a mapping. */
    final List<Map<String, Object>> steps = new ArrayList<>();
    /** Step name → position of its first definition. */
    final Map<String, Integer> stepIndex = new LinkedHashMap<>();
    /** Workbook task name → its tool as written (null when it is not a mapping). */
    final Map<String, Object> workbook = new LinkedHashMap<>();
    final Set<String> keychain = new LinkedHashSet<>();
    final Set<String> workloadKeys = new LinkedHashSet<>();
    final Map<String, Object> root;
    /** The entry step: {@code executor.spec.entry_step}, else the first step; null when unknown. */
    String entry;
    /** {@code executor.spec.final_step} when it is text. */
    String finalStep;
    /** Whether the author named the entry step (else it is the first step). */
    boolean entryExplicit;
    boolean noNextIsError;

    private Index(Map<String, Object> root) {
        this.root = root;
    }

    static Index of(Map<String, Object> root) {
        Index index = new Index(root);
        for (Object item : listAt(root.get("workflow"))) {
            Map<String, Object> step = item instanceof Map<?, ?> ? mapOf(item) : null;
            index.steps.add(step);
            if (step != null && step.get("step") instanceof String name) {
                index.stepIndex.putIfAbsent(name, index.steps.size() - 1);
            }
        }
        for (Object entry : listAt(root.get("workbook"))) {
            if (entry instanceof Map<?, ?> task && task.get("name") instanceof String name) {
                index.workbook.putIfAbsent(name, task.get("tool"));
            }
        }
        for (Object entry : listAt(root.get("keychain"))) {
            if (entry instanceof Map<?, ?> key && key.get("name") instanceof String name) {
                index.keychain.add(name);
            }
        }
        if (root.get("workload") instanceof Map<?, ?> workload) {
            workload.keySet().forEach(key -> index.workloadKeys.add(String.valueOf(key)));
        }
        index.executor(root.get("executor") instanceof Map<?, ?> executor ? executor.get("spec") : null);
        return index;
    }

    private void executor(Object spec) {
        Map<String, Object> s = spec instanceof Map<?, ?> ? mapOf(spec) : Map.of();
        finalStep = s.get("final_step") instanceof String name ? name : null;
        noNextIsError = Boolean.TRUE.equals(s.get("no_next_is_error"));
        if (s.get("entry_step") instanceof String name) {
            entry = name;
            entryExplicit = true;
        } else if (!steps.isEmpty() && steps.get(0) != null && steps.get(0).get("step") instanceof String first) {
            entry = first;
        }
    }

    boolean isStep(String name) {
        return stepIndex.containsKey(name);
    }

    /** The step's own {@code spec.join} when it reads {@code all}. */
    boolean joinAll(int step) {
        return "all".equals(stepSpec(step).get("join"));
    }

    /** The {@code spec} mapping of the step at {@code step}; empty when absent or malformed. */
    Map<String, Object> stepSpec(int step) {
        Map<String, Object> s = steps.get(step);
        return s != null && s.get("spec") instanceof Map<?, ?> spec ? mapOf(spec) : Map.of();
    }

    /** The step's name as written, for messages. */
    String stepName(int step) {
        return steps.get(step) == null ? "#" + step : String.valueOf(steps.get(step).get("step"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapOf(Object value) {
        return (Map<String, Object>) value;
    }

    static List<?> listAt(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
