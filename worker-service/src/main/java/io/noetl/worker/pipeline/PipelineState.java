package io.noetl.worker.pipeline;

import io.noetl.playbook.template.TemplateEngine;
import io.noetl.worker.tool.TaskResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The running state of one pipeline: the render context (whose {@code ctx} policies may change), earlier
 * results by task name, {@code _prev}, the last attempt, and the {@code ctx} writes to report.
 */
final class PipelineState {

    final Map<String, Object> render;
    final String step;
    final Map<String, Object> results = new LinkedHashMap<>();
    final Map<String, Object> ctxWrites = new LinkedHashMap<>();
    Object prev;
    TaskResult last;
    private String lastTask;

    PipelineState(Map<String, Object> render, String step) {
        this.render = render;
        this.step = step;
    }

    /** Applies the chosen rule's {@code set} ({@code ctx.*}, {@code iter.*}) before its action (dsl.md §7). */
    @SuppressWarnings("unchecked")
    Map<String, Object> decide(Map<String, Object> task, TaskResult result, int attempt, TemplateEngine templates) {
        String name = String.valueOf(task.get("name"));
        last = result;
        lastTask = name;
        Map<String, Object> context = TaskContext.of(render, results, prev, name, attempt);
        Map<String, Object> envelope = Envelopes.of(result, name, attempt);
        context.put("outcome", envelope);
        context.put("output", envelope);
        Map<String, Object> policy = task.get("spec") instanceof Map<?, ?> spec && spec.get("policy") instanceof Map<?, ?> p
                ? (Map<String, Object>) p : null;
        String where = "step '" + step + "' task '" + name + "'";
        Map<String, Object> then = Policy.decide(policy, result.ok(), context, templates, where);
        if (then.get("set") instanceof Map<?, ?> set) {
            ((Map<String, Object>) set).forEach((key, value) -> write(key, templates.render(value, context, where + ".set." + key)));
        }
        return then;
    }

    void advance(String task, TaskResult result) {
        prev = result.data();
        results.put(task, result.data());
    }

    PipelineOutcome end(TaskResult result, int attempt) {
        Map<String, Object> envelope = Envelopes.of(result, lastTask, attempt);
        return new PipelineOutcome(envelope, ctxWrites);
    }

    @SuppressWarnings("unchecked")
    private void write(String key, Object value) {
        String[] parts = key.split("\\.");
        String root = parts[0];
        Map<String, Object> target = render.get(root) instanceof Map<?, ?> m ? new HashMap<>((Map<String, Object>) m) : new HashMap<>();
        Map<String, Object> node = target;
        for (int i = 1; i < parts.length - 1; i++) {
            Object child = node.get(parts[i]);
            Map<String, Object> next = child instanceof Map<?, ?> c ? new HashMap<>((Map<String, Object>) c) : new HashMap<>();
            node.put(parts[i], next);
            node = next;
        }
        node.put(parts[parts.length - 1], value);
        render.put(root, target);
        if ("ctx".equals(root)) ctxWrites.put(key.substring(4), value);
    }
}
