package io.noetl.worker.pipeline;

import io.noetl.worker.tool.TaskResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outcome envelope of dsl.md §4.2 for one task attempt: full shape, null fields when not applicable. */
final class Envelopes {

    private Envelopes() {
    }

    static Map<String, Object> of(TaskResult r, String task, int attempt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", r.status());
        out.put("data", r.data());
        Map<String, Object> error = TaskResult.error(null, null, false, null);
        if (r.error() != null) error.putAll(r.error());
        error.put("task", r.ok() ? null : task);
        out.put("error", error);
        out.put("http", r.http());
        out.put("pg", r.pg());
        out.put("py", r.py());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("attempt", attempt);
        out.put("meta", meta);
        return out;
    }
}
