package io.noetl.playbook.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One tool in canonical form: {@code name} (the task name) and {@code kind} first, aliases renamed to their
 * canonical fields, http's {@code timeout} moved to {@code spec.timeout}, durations in seconds, ignored upstream
 * {@code output} keys dropped. Defaults of tool fields stay with the tools that apply them (dsl.md §6).
 */
final class ToolNormalizer {

    private static final Map<String, String> COMMON = Map.of("input", "args");
    private static final Map<String, Map<String, String>> BY_KIND = Map.of(
            "http", Map.of("input", "args", "endpoint", "url", "payload", "body", "data", "body"),
            "playbook", Map.of("input", "args", "payload", "args"),
            "secrets", Map.of("input", "args", "auth", "credential"),
            "workbook", Map.of("input", "args", "name", "task"));
    private static final Set<String> IGNORED_OUTPUT = Set.of("store", "accumulate", "scope", "inline_max_bytes");

    private ToolNormalizer() {
    }

    /** {@code name} is the task name; null for a workbook task's tool, which has none of its own. */
    static Map<String, Object> tool(Map<String, Object> tool, String name) {
        String kind = (String) tool.get("kind");
        Map<String, String> renames = BY_KIND.getOrDefault(kind, COMMON);
        Map<String, Object> out = new LinkedHashMap<>();
        Normalizer.putIfPresent(out, "name", name);
        out.put("kind", kind);
        Object httpTimeout = null;
        for (Map.Entry<String, Object> field : tool.entrySet()) {
            String key = field.getKey();
            // name is the task name, given apart; only a single workbook call uses it, as an alias of task.
            if (key.equals("kind") || key.equals("name") && !(kind.equals("workbook") && tool.get("task") == null)) {
                continue;
            }
            if (kind.equals("http") && key.equals("timeout")) {
                httpTimeout = field.getValue();
            } else if (field.getValue() != null && !isEmptyOutput(key, field.getValue())) {
                out.put(renames.getOrDefault(key, key), value(key, field.getValue()));
            }
        }
        if (httpTimeout != null) {
            Map<String, Object> spec = out.get("spec") == null ? new LinkedHashMap<>() : Index.mapOf(out.get("spec"));
            spec.put("timeout", Durations.normalized(httpTimeout));
            out.put("spec", spec);
        }
        return out;
    }

    private static Object value(String key, Object value) {
        return switch (key) {
            case "spec" -> spec(Index.mapOf(value));
            case "output" -> output(Index.mapOf(value));
            default -> value;
        };
    }

    private static Map<String, Object> spec(Map<String, Object> spec) {
        Map<String, Object> out = new LinkedHashMap<>(spec);
        if (spec.get("timeout") != null) {
            out.put("timeout", Durations.normalized(spec.get("timeout")));
        }
        if (spec.get("policy") != null) {
            out.put("policy", PolicyNormalizer.policy(Index.mapOf(spec.get("policy"))));
        }
        return out;
    }

    private static boolean isEmptyOutput(String key, Object value) {
        return key.equals("output") && output(Index.mapOf(value)).isEmpty();
    }

    private static Map<String, Object> output(Map<String, Object> output) {
        Map<String, Object> out = new LinkedHashMap<>(output);
        out.keySet().removeAll(IGNORED_OUTPUT);
        return out;
    }
}
