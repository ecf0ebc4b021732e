package io.noetl.execution.model;

import io.noetl.platform.error.ProblemCode;

/** The command waits for its backoff or delay to pass (available_at is in the future). */
public class NotReady extends RetryLater {

    public NotReady(long commandId, long dueInSeconds) {
        super(ProblemCode.NOT_READY, "Command " + commandId + " is not due yet.", dueInSeconds);
    }
}
