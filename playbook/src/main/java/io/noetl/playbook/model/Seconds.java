package io.noetl.playbook.model;

import java.time.Duration;
import java.util.Optional;

/** Normalized documents hold durations as numbers of seconds (fractions allowed); the model as {@link Duration}s. */
final class Seconds {

    private Seconds() {
    }

    static Optional<Duration> duration(Object seconds) {
        if (seconds instanceof Number number) {
            return Optional.of(Duration.ofMillis(Math.round(number.doubleValue() * 1000)));
        }
        return Optional.empty();
    }

    static Duration orNull(Object seconds) {
        return duration(seconds).orElse(null);
    }
}
