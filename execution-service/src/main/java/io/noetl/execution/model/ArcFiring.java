package io.noetl.execution.model;

import java.time.OffsetDateTime;

/**
 * How often one entry of `meta.arcs_fired` appeared on the `step.exit` events of a step, and when last.
 * {@code fired} is the entry as written (an arc index, an arc id "from#i", a target name or an object).
 */
public record ArcFiring(String fromStep, Object fired, int count, OffsetDateTime lastFiredAt) {
}
