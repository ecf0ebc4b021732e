package io.noetl.platform.model;

/**
 * A LEASED or RUNNING command whose {@code lease_until} passed, as the reaper found it. The reaper's writes
 * quote {@code leaseToken}, so a lease renewed or re-taken since the scan is left alone.
 */
public record ExpiredLease(long commandId, long executionId, long leaseToken, int attempt, int maxAttempts,
                           String workerId, boolean cancelRequested) {

    public boolean attemptsLeft() {
        return attempt < maxAttempts;
    }
}
