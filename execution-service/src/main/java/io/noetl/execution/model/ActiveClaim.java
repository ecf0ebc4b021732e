package io.noetl.execution.model;

import io.noetl.platform.error.ProblemCode;

/** Another worker holds the command's lease; it may be free once that lease ends. */
public class ActiveClaim extends RetryLater {

    public ActiveClaim(long commandId, long leaseLeftSeconds) {
        super(ProblemCode.ACTIVE_CLAIM, "Command " + commandId + " is leased by another worker.", leaseLeftSeconds);
    }
}
