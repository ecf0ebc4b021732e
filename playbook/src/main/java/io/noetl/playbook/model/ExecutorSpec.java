package io.noetl.playbook.model;

import java.util.Objects;

/**
 * {@code executor.spec} (dsl.md §4.5) with defaults applied: {@code entryStep} is the first step unless the
 * author named one; {@code finalStep} is null when there is none.
 */
public record ExecutorSpec(String entryStep, String finalStep, boolean noNextIsError) {

    public ExecutorSpec {
        Objects.requireNonNull(entryStep, "entryStep");
    }
}
