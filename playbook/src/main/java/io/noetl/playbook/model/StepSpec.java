package io.noetl.playbook.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A step's {@code spec} (dsl.md §3). {@code timeout} limits each command (upstream
 * {@code policy.lifecycle.timeout_s} is folded into it); {@code deadline} bounds the whole run; both are null
 * when unset. {@code admit} is null when the step has no admission policy. The upstream
 * {@code policy.failure} alias lives in {@link LoopSpec#failure()}.
 */
public record StepSpec(Duration timeout, Join join, Admission admit, Duration deadline) {

    /** How arrivals start runs (dsl.md §4.4). */
    public enum Join { ANY, ALL }

    public StepSpec {
        Objects.requireNonNull(join, "join");
    }
}
