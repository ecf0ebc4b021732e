package io.noetl.playbook.model;

import java.util.Objects;

/**
 * A step's loop (dsl.md §8): {@code in} is a template string that must render to a list, or a literal list;
 * each item is bound to {@code iterator}.
 */
public record Loop(Object in, String iterator, LoopSpec spec) {

    public Loop {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(iterator, "iterator");
        Objects.requireNonNull(spec, "spec");
        in = PlainValues.freeze(in);
    }
}
