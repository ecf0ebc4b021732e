package io.noetl.execution.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who shares a keychain entry (dsl.md §10): every execution of the playbook, one execution, or one tree. */
public enum KeychainScope {
    GLOBAL, LOCAL, SHARED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KeychainScope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }

    /** Local and shared entries belong to an execution (tree), so the caller must name the execution. */
    public boolean needsExecution() {
        return this != GLOBAL;
    }
}
