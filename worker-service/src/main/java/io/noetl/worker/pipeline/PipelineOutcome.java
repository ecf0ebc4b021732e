package io.noetl.worker.pipeline;

import java.util.Map;

/**
 * What a command produced: the outcome envelope of dsl.md §4.2 ({@code status}, {@code data}, {@code error},
 * {@code http}, {@code pg}, {@code py}, {@code meta}) reported as the result of {@code command.completed} or
 * {@code command.failed}, and the {@code ctx} values task policies set (persisted with the result).
 */
public record PipelineOutcome(Map<String, Object> envelope, Map<String, Object> ctx) {

    /** A command that ended before any task ran. */
    public static PipelineOutcome of(io.noetl.worker.tool.TaskResult result) {
        return new PipelineOutcome(Envelopes.of(result, null, 1), Map.of());
    }

    public boolean ok() {
        return "ok".equals(envelope.get("status"));
    }
}
