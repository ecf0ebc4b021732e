package io.noetl.playbook.model;

import java.util.Map;
import java.util.Objects;

/**
 * One arc of {@code next} (dsl.md §4.1): the target step, its condition ({@code null}: always matches, subject
 * to eligibility on errors, §4.2) and the {@code ctx.*} writes applied when it fires.
 */
public record Arc(String step, String when, Map<String, Object> set) {

    public Arc {
        Objects.requireNonNull(step, "step");
        set = PlainValues.freezeMap(set);
    }

    public boolean unconditional() {
        return when == null;
    }
}
