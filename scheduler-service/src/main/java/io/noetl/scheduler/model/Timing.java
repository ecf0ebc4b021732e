package io.noetl.scheduler.model;

import java.time.Instant;

/** The fire times of a schedule as instants: a cron in its zone, or a fixed interval. */
public interface Timing {

    /** The first fire time strictly after {@code after}, or null when there is none. */
    Instant next(Instant after);

    /** The last fire time strictly before {@code before}, or null when there is none. */
    Instant previous(Instant before);
}
