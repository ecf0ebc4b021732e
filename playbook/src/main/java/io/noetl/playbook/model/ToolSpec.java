package io.noetl.playbook.model;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tool (dsl.md §6) in normalized form: its kind and every other field as written, except that aliases are
 * folded into their canonical names ({@code input} → {@code args}, http {@code endpoint} → {@code url}, …) and
 * durations ({@code spec.timeout}, policy {@code delay}, {@code max_delay}) are numbers of seconds. Kind-specific
 * fields stay a map: workers interpret them, and new fields must not need a model change.
 */
public record ToolSpec(ToolKind kind, Map<String, Object> fields) {

    public ToolSpec {
        Objects.requireNonNull(kind, "kind");
        fields = PlainValues.freezeMap(fields);
    }

    public Optional<Object> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The tool's {@code args} (rendered first at run time, dsl.md §6); empty when none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> args() {
        return fields.get("args") instanceof Map<?, ?> args ? (Map<String, Object>) args : Map.of();
    }

    /** {@code spec.timeout}: the limit of one attempt (dsl.md §4.7), when the author set one. */
    public Optional<Duration> timeout() {
        return fields.get("spec") instanceof Map<?, ?> spec ? Seconds.duration(spec.get("timeout")) : Optional.empty();
    }
}
