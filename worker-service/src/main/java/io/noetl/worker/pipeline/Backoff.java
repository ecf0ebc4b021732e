package io.noetl.worker.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * Delay before retry n (1 = the first retry) of dsl.md §7: {@code delay} for {@code none}, {@code delay × n} for
 * {@code linear}, {@code delay × 2^(n-1)} for {@code exponential}, capped by {@code max_delay} (default 60 s);
 * {@code delay} defaults to 1 s. Durations arrive normalized to seconds.
 */
final class Backoff {

    private Backoff() {
    }

    static Duration delay(Map<String, Object> then, int retry) {
        double delay = number(then.get("delay"), 1.0);
        double max = number(then.get("max_delay"), 60.0);
        double seconds = switch (String.valueOf(then.getOrDefault("backoff", "none"))) {
            case "linear" -> delay * retry;
            case "exponential" -> delay * Math.pow(2, retry - 1);
            default -> delay;
        };
        return Duration.ofMillis((long) (Math.min(seconds, max) * 1000));
    }

    static double number(Object value, double otherwise) {
        return value instanceof Number n ? n.doubleValue() : otherwise;
    }
}
