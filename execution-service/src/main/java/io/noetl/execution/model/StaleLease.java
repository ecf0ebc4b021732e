package io.noetl.execution.model;

import io.noetl.platform.error.Conflict;
import io.noetl.platform.error.ProblemCode;

/** The caller's lease token is not the command's current lease: it expired and was reclaimed, or finished. */
public class StaleLease extends Conflict {

    public StaleLease(long commandId, long leaseToken) {
        super(ProblemCode.STALE_LEASE, "Lease " + leaseToken + " of command " + commandId + " is no longer held.");
    }
}
