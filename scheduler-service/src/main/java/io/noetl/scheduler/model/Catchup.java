package io.noetl.scheduler.model;

import java.util.Locale;

/** What a schedule does with slots missed while no scheduler ran (api.md §6). */
public enum Catchup {
    /** Skip every missed slot. */
    NONE,
    /** Fire the most recent missed slot once (the default). */
    LATEST,
    /** Fire every missed slot, oldest first, at most max_catchup of them. */
    ALL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null when {@code value} is not a policy name. */
    public static Catchup parse(String value) {
        for (Catchup c : values()) if (c.wire().equals(value)) return c;
        return null;
    }
}
