package io.noetl.execution.model;

import java.util.List;

/** The rendered template and the top-level names the context offered, sorted. */
public record ContextRendered(Object rendered, List<String> contextKeys) {
}
