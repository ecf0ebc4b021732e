package io.noetl.worker.tool;

/**
 * A tool failure raised deep inside a tool's helpers and turned into its {@link TaskResult} at the tool's edge,
 * so helpers can stop early without every caller checking a return value. Never escapes {@link Tool#run}.
 */
final class ToolFailure extends RuntimeException {

    private final transient TaskResult result;

    ToolFailure(TaskResult result) {
        super(String.valueOf(result.error().get("message")), null, false, false);   // no stack: an expected outcome
        this.result = result;
    }

    static ToolFailure of(String kind, String message, boolean retryable) {
        return new ToolFailure(TaskResult.error(kind, message, retryable));
    }

    static ToolFailure config(String message) {
        return of("config", message, false);
    }

    TaskResult result() {
        return result;
    }
}
