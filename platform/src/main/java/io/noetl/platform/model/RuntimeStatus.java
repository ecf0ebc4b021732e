package io.noetl.platform.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Liveness of a registered instance (schema.md `runtime.status`). */
public enum RuntimeStatus {
    READY, BUSY, DRAINING, OFFLINE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuntimeStatus> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equalsIgnoreCase(value.trim())).findFirst();
    }
}
