package io.noetl.execution.model;

import java.util.Map;

/**
 * What an execution contributes to its render context (dsl.md §5.2), as plain JSON values: the execution row's
 * ids, workload and ctx, and the results of its completed steps by step name.
 */
public record ContextRenderSource(long executionId, long catalogId, Long parentExecutionId, long rootExecutionId,
                                  Object workload, Map<String, Object> ctx, Map<String, Object> stepResults) {
}
