package io.noetl.playbook.model;

import java.util.Map;
import java.util.Objects;

/**
 * One workflow step (dsl.md §3). {@code tool} is null for a routing step (which behaves as a {@code noop}
 * without args), {@code loop} null without a loop, {@code next} null for a leaf.
 */
public record Step(String name, String desc, Pipeline tool, Loop loop, Next next, Map<String, Object> set,
        StepSpec spec) {

    public Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        set = PlainValues.freezeMap(set);
    }

    public boolean routing() {
        return tool == null;
    }

    public boolean leaf() {
        return next == null;
    }
}
