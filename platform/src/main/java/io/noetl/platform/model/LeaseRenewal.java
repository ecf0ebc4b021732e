package io.noetl.platform.model;

import java.time.OffsetDateTime;

/**
 * A successful heartbeat: the lease's new end (database clock) and whether the worker should stop because
 * the command or its execution is being cancelled or already finished.
 */
public record LeaseRenewal(long commandId, long leaseToken, OffsetDateTime leaseUntil, boolean cancelRequested) {
}
