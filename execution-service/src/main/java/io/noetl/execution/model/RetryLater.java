package io.noetl.execution.model;

import io.noetl.platform.error.Conflict;
import io.noetl.platform.error.ProblemCode;

/**
 * A 409 that tells the caller when trying again may succeed (api.md §1.8: Retry-After on active_claim and
 * not_ready). The delay comes from the database clock and is kept within 1–30 seconds.
 */
public abstract class RetryLater extends Conflict {

    private final long retryAfterSeconds;

    protected RetryLater(ProblemCode code, String detail, long waitSeconds) {
        super(code, detail);
        this.retryAfterSeconds = Math.max(1, Math.min(30, waitSeconds));
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
