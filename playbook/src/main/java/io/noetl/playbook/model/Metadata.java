package io.noetl.playbook.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code metadata} (dsl.md §2). {@code path} is the catalog path ({@code name} when the author gave none);
 * {@code version} is informational text or null; {@code extra} keeps every other key verbatim.
 */
public record Metadata(String name, String path, String version, String description, Map<String, String> labels,
        List<String> tags, Map<String, Object> extra) {

    public Metadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        labels = Map.copyOf(labels);
        tags = List.copyOf(tags);
        extra = PlainValues.freezeMap(extra);
    }
}
