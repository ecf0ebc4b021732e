package io.noetl.execution.model;

import java.util.Set;

/** An execution row as read under {@code FOR UPDATE}: enough to decide whether its commands may still run. */
public record LockedExecution(long executionId, String status, boolean cancelRequested) {

    private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELLED");

    /** Finished or being cancelled: no command of it should start again. */
    public boolean closed() {
        return cancelRequested || TERMINAL.contains(status);
    }
}
