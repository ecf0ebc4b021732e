package io.noetl.worker.tool;

import java.util.Map;

/** dsl.md §6.1: the result is the rendered {@code args}, or null. Runs on a worker only inside a pipeline. */
public final class NoopTool implements Tool {

    @Override
    public String kind() {
        return "noop";
    }

    @Override
    public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
        return TaskResult.ok(fields.get("args"));
    }
}
