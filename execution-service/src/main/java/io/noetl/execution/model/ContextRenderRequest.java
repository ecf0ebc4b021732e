package io.noetl.execution.model;

import java.util.Map;

/** `POST /api/context/render`: any JSON whose strings are templates, extra names, and the undefined policy. */
public record ContextRenderRequest(long executionId, Object template, Map<String, Object> extraContext, boolean strict) {
}
