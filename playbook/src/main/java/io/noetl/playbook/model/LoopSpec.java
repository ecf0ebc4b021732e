package io.noetl.playbook.model;

import java.util.Objects;

/**
 * How a loop runs its iterations (dsl.md §8). {@code maxInFlight} is an {@link Integer} or a template string
 * rendered once when the run is issued; it is 1 for sequential loops.
 */
public record LoopSpec(Mode mode, Object maxInFlight, Failure failure, boolean collect) {

    public enum Mode { SEQUENTIAL, PARALLEL }

    /** {@code continue} runs every iteration; {@code fail_fast} issues none after the first failure. */
    public enum Failure { CONTINUE, FAIL_FAST }

    public LoopSpec {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(maxInFlight, "maxInFlight");
        Objects.requireNonNull(failure, "failure");
    }
}
