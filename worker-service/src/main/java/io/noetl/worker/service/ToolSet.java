package io.noetl.worker.service;

import io.noetl.worker.tool.TaskResult;
import io.noetl.worker.tool.Tool;
import io.noetl.worker.tool.ToolContext;
import java.util.List;
import java.util.Map;

/** The tool instances of this build. */
final class ToolSet {

    private ToolSet() {
    }

    static List<Tool> create() {
        return List.of(new Tool() {
            @Override
            public String kind() {
                return "noop";
            }

            @Override
            public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
                return TaskResult.ok(fields.get("args"));
            }
        });
    }
}
