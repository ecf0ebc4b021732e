package io.noetl.scheduler.model;

/** How a start attempt ended: started, refused by execution-service (4xx, final), or to be retried. */
public sealed interface StartOutcome {

    record Started(long executionId, String executionStatus) implements StartOutcome {
    }

    record Refused(int status, String detail) implements StartOutcome {
    }

    record Unreachable(String reason) implements StartOutcome {
    }
}
