package io.noetl.worker.pipeline;

import io.noetl.worker.tool.TaskResult;
import io.noetl.worker.tool.Tool;
import io.noetl.worker.tool.ToolContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A tool kind for pipeline tests: answers the queued results in order (the last one repeats) and records the
 * rendered fields of every call, so the runner's policies can be checked without a network or a database.
 */
final class ScriptedTool implements Tool {

    final List<Map<String, Object>> calls = new ArrayList<>();
    private final String kind;
    private final Deque<TaskResult> answers = new ArrayDeque<>();

    ScriptedTool(String kind, TaskResult... answers) {
        this.kind = kind;
        this.answers.addAll(List.of(answers));
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
        calls.add(fields);
        return answers.size() > 1 ? answers.poll() : answers.peek();
    }
}
