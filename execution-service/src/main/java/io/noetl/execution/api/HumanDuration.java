package io.noetl.execution.api;

/** Upstream's duration_human: "2h 3m 4s", "1m 12s", "45s" (whole seconds, leading zero units left out). */
final class HumanDuration {

    private HumanDuration() {
    }

    static String of(Double seconds) {
        if (seconds == null) return null;
        long total = (long) Math.floor(Math.max(0, seconds));
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        if (h > 0) return h + "h " + m + "m " + s + "s";
        if (m > 0) return m + "m " + s + "s";
        return s + "s";
    }
}
