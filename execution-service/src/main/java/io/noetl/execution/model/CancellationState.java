package io.noetl.execution.model;

/** The cheap poll of workers: the execution and the type of its latest event (null when it has none). */
public record CancellationState(ExecutionSnapshot execution, String latestEventType) {
}
