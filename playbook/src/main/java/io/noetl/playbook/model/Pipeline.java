package io.noetl.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * What a step runs: a list of tasks executed as one command (dsl.md §7). A single {@code tool: {kind: …}} is a
 * one-task pipeline named after the step, with {@code single} set, because two things depend on how it was
 * written: a single {@code noop} runs inline on the orchestrator (inside a pipeline it runs on the worker), and
 * a {@code playbook} call is only allowed as a single tool.
 */
public record Pipeline(boolean single, List<Task> tasks) {

    public Pipeline {
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("a pipeline has at least one task");
        }
        if (single && tasks.size() != 1) {
            throw new IllegalArgumentException("a single tool is exactly one task");
        }
    }

    public Task first() {
        return tasks.get(0);
    }

    public Optional<Task> task(String name) {
        return tasks.stream().filter(task -> task.name().equals(name)).findFirst();
    }
}
