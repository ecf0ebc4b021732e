package io.noetl.platform.model;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/**
 * A command as a worker sees it: what to run ({@code stepName}, {@code toolKind}, {@code context}) and the
 * lease it holds ({@code leaseToken}, {@code leaseUntil}, decided by the database clock). Every later write
 * by the worker quotes {@code commandId} and {@code leaseToken} (architecture.md §6).
 */
public record LeasedCommand(long commandId, long executionId, long catalogId, String stepName, String toolKind,
                            String pool, Integer loopIndex, String status, int attempt, int maxAttempts,
                            long leaseToken, OffsetDateTime leaseUntil, String workerId, boolean cancelRequested,
                            JsonObject context, OffsetDateTime createdAt) {
}
