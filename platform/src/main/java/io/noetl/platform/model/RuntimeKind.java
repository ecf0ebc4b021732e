package io.noetl.platform.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of instance in the runtime registry (schema.md `runtime.kind`). */
public enum RuntimeKind {
    CATALOG_API, EXECUTION_API, SCHEDULER, WORKER_POOL, SERVER_API, BROKER;

    /** The value stored in the database and shown on the wire. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuntimeKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.wire().equalsIgnoreCase(value.trim())).findFirst();
    }
}
