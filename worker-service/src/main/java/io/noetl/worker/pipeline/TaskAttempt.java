package io.noetl.worker.pipeline;

import io.noetl.playbook.template.TemplateEngine;
import io.noetl.worker.tool.TaskResult;
import io.noetl.worker.tool.Tool;
import io.noetl.worker.tool.ToolContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt of one task: {@code args} rendered first, then the other fields with {@code args.*} visible
 * (dsl.md §6); a template error is the attempt's error outcome (kind {@code template}), which policies may see.
 */
final class TaskAttempt {

    /** Fields that steer the runner rather than the tool. */
    private static final Set<String> NOT_RENDERED = Set.of("name", "kind", "spec", "output", "workbook_task");

    private final Map<String, Tool> tools;
    private final TemplateEngine templates;

    TaskAttempt(Map<String, Tool> tools, TemplateEngine templates) {
        this.tools = tools;
        this.templates = templates;
    }

    @SuppressWarnings("unchecked")
    TaskResult run(Map<String, Object> task, PipelineState st, int attempt, ToolContext base) {
        String name = String.valueOf(task.get("name"));
        String kind = String.valueOf(task.get("kind"));
        Tool tool = tools.get(kind);
        if (tool == null) return TaskResult.error("config", "this worker has no '" + kind + "' tool", false);
        String where = "step '" + st.step + "' at tool" + (name.equals(st.step) ? "" : "." + name);
        Map<String, Object> context = TaskContext.of(st.render, st.results, st.prev, name, attempt);
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            Object args = task.get("args") == null ? null : templates.render(task.get("args"), context, where + ".args");
            context.put("args", args == null ? Map.of() : args);
            for (Map.Entry<String, Object> f : task.entrySet()) {
                if (f.getKey().equals("args")) fields.put("args", args);
                else if (NOT_RENDERED.contains(f.getKey())) fields.put(f.getKey(), f.getValue());
                else fields.put(f.getKey(), templates.render(f.getValue(), context, where + "." + f.getKey()));
            }
        } catch (RuntimeException e) {
            return TaskResult.error("template", e.getMessage(), false);
        }
        Optional<Duration> timeout = task.get("spec") instanceof Map<?, ?> spec && spec.get("timeout") instanceof Number n
                ? Optional.of(Duration.ofMillis((long) (n.doubleValue() * 1000))) : base.timeout();
        try {
            return OutputSelect.apply(task.get("output"), tool.run(fields, new ToolContext(timeout, base.cancelled(), base.credentials())));
        } catch (RuntimeException e) {
            // A tool must not throw for its own failures; if one does, it is still this attempt's error.
            return TaskResult.error("config", kind + " tool failed: " + e.getMessage(), false);
        }
    }
}
