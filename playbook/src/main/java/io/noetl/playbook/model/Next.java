package io.noetl.playbook.model;

import java.util.List;
import java.util.Objects;

/**
 * Routing of a step in canonical form (dsl.md §4.1): {@code next: b} and {@code next: [b, c]} are normalized to
 * this at registration. {@code onNoMatch} is already resolved against {@code executor.spec.no_next_is_error}.
 */
public record Next(Mode mode, OnNoMatch onNoMatch, List<Arc> arcs) {

    /** Exclusive fires the first matching arc in document order; inclusive fires every matching arc. */
    public enum Mode { EXCLUSIVE, INCLUSIVE }

    /** What an {@code ok} or {@code skipped} outcome that fired no arc does (dsl.md §4.5). */
    public enum OnNoMatch { COMPLETE, QUIET, FAIL }

    public Next {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(onNoMatch, "onNoMatch");
        arcs = List.copyOf(arcs);
    }
}
