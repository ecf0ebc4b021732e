package io.noetl.execution.model;

/** An execution with, unless the caller said include_events=false, one page of its events (else null). */
public record ExecutionDetail(ExecutionSnapshot execution, ReadPage<LoggedEvent> events) {
}
