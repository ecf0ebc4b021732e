package io.noetl.worker.pipeline;

import java.util.Map;

/**
 * What a command produced: the outcome envelope of dsl.md §4.2 ({@code status}, {@code data}, {@code error},
 * {@code http}, {@code pg}, {@code py}, {@code meta}) reported as the result of {@code command.completed} or
 * {@code command.failed}, and the {@code ctx} values task policies set (persisted with the result).
 */
public record PipelineOutcome(Map<String, Object> envelope, Map<String, Object> ctx) {

    public boolean ok() {
        return "ok".equals(envelope.get("status"));
    }
}
