package io.noetl.playbook.model;

import java.util.Objects;

/**
 * One task of a pipeline: its name (explicit, {@code task_<i>} by default, or the step's name for a single
 * tool) is how later tasks read its result and how policies {@code jump} to it (dsl.md §7).
 */
public record Task(String name, ToolSpec tool) {

    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tool, "tool");
    }
}
