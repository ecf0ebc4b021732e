package io.noetl.worker.tool;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What a tool gets besides its fields: the limit of this attempt (the tool's {@code spec.timeout}, else the
 * kind's default, dsl.md §6), a cancellation flag the worker raises when a heartbeat reports
 * {@code cancel_requested} or the step's timeout passes, and access to credentials.
 */
public record ToolContext(Optional<Duration> timeout, BooleanSupplier cancelled, CredentialSource credentials) {

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
