package io.noetl.worker.pipeline;

import io.noetl.playbook.template.TemplateEngine;
import io.noetl.worker.tool.TaskResult;
import io.noetl.worker.tool.Tool;
import io.noetl.worker.tool.ToolContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one command's pipeline on this worker (dsl.md §7): tasks in order, each attempt rendered against the
 * command's context plus {@code _prev}, {@code _task}, {@code _attempt} and earlier results, its policy deciding
 * continue, retry (with backoff), jump, break or fail. At most {@link #MAX_ATTEMPTS} task attempts per command.
 */
public final class PipelineRunner {

    static final int MAX_ATTEMPTS = 1000;

    /** How the runner waits between retries; tests pass one that does not sleep. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Map<String, Tool> tools = new HashMap<>();
    private final TemplateEngine templates;
    private final Sleeper sleeper;

    public PipelineRunner(List<Tool> tools, TemplateEngine templates, Sleeper sleeper) {
        tools.forEach(t -> this.tools.put(t.kind(), t));
        this.templates = templates;
        this.sleeper = sleeper;
    }

    /** @param context the command's {@code context}: {@code {step, tool: {tasks}, render, …}} */
    @SuppressWarnings("unchecked")
    public PipelineOutcome run(Map<String, Object> context, ToolContext tool) {
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((Map<String, Object>) context.get("tool")).get("tasks");
        PipelineState st = new PipelineState(new HashMap<>((Map<String, Object>) context.get("render")), String.valueOf(context.get("step")));
        int i = 0;
        int attempt = 1;
        int total = 0;
        while (i < tasks.size()) {
            if (tool.isCancelled()) return st.end(TaskResult.error("cancelled", "the command was cancelled", false), attempt);
            if (++total > MAX_ATTEMPTS) {
                return st.end(TaskResult.error("pipeline_limit", "the pipeline made " + MAX_ATTEMPTS + " task attempts", false), attempt);
            }
            Map<String, Object> task = tasks.get(i);
            String name = String.valueOf(task.get("name"));
            TaskResult result = new TaskAttempt(tools, templates).run(task, st, attempt, tool);
            Map<String, Object> then = st.decide(task, result, attempt, templates);
            String action = String.valueOf(then.getOrDefault("do", "continue"));
            if (action.equals("retry")) {
                int attempts = Math.min(100, (int) Backoff.number(then.get("attempts"), 3));
                if (attempt < attempts) {
                    try {
                        sleeper.sleep(Backoff.delay(then, attempt));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return st.end(TaskResult.error("cancelled", "interrupted while waiting to retry", false), attempt);
                    }
                    attempt++;
                    continue;
                }
                return st.end(failed(result, name, "gave up after " + attempts + " attempts"), attempt);
            }
            switch (action) {
                case "jump" -> {
                    st.advance(name, result);
                    i = indexOf(tasks, String.valueOf(then.get("to")));
                    attempt = 1;
                }
                case "break" -> {
                    return st.end(result.ok() ? result : TaskResult.ok(st.prev).withHttp(result.http()), attempt);
                }
                case "fail" -> {
                    return st.end(failed(result, name, null), attempt);
                }
                default -> {
                    st.advance(name, result);
                    i++;
                    attempt = 1;
                }
            }
        }
        // Every task continued: the pipeline ends ok with _prev, the last attempt's tool details kept.
        TaskResult last = st.last == null ? TaskResult.ok(null) : st.last;
        return st.end(new TaskResult("ok", st.prev, null, last.http(), last.pg(), last.py()), attempt);
    }

    private static TaskResult failed(TaskResult result, String task, String note) {
        if (result.ok()) return TaskResult.error("policy_fail", "task '" + task + "' ended ok but its policy says fail", false);
        if (note == null) return result;
        Map<String, Object> error = new LinkedHashMap<>(result.error());
        error.put("message", error.get("message") + " (" + note + ")");
        return new TaskResult("error", result.data(), error, result.http(), result.pg(), result.py());
    }

    private static int indexOf(List<Map<String, Object>> tasks, String name) {
        for (int i = 0; i < tasks.size(); i++) if (name.equals(tasks.get(i).get("name"))) return i;
        return tasks.size();   // validation guarantees the target exists; a missing one ends the pipeline
    }
}
