package io.noetl.worker.pipeline;

import io.noetl.worker.tool.TaskResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code output.select} (dsl.md §6) applied to one ok task attempt: one path replaces the result, a list of
 * {@code {path, as}} builds {@code {as: value, …}}. A missing path is the attempt's error (kind
 * {@code output_select}), which policies see like any other. Error outcomes keep their data unselected.
 */
final class OutputSelect {

    private OutputSelect() {
    }

    static TaskResult apply(Object output, TaskResult result) {
        if (!result.ok() || !(output instanceof Map<?, ?> o) || o.get("select") == null) return result;
        try {
            if (o.get("select") instanceof List<?> items) {
                Map<String, Object> picked = new LinkedHashMap<>();
                for (Object item : items) {
                    Map<?, ?> sel = (Map<?, ?>) item;
                    picked.put(String.valueOf(sel.get("as")), ResultPath.read(result.data(), String.valueOf(sel.get("path"))));
                }
                return result.withData(picked);
            }
            return result.withData(ResultPath.read(result.data(), String.valueOf(o.get("select"))));
        } catch (ResultPath.Missing e) {
            return new TaskResult("error", result.data(), TaskResult.error("output_select", e.getMessage(), false, null),
                    result.http(), result.pg(), result.py());
        }
    }
}
