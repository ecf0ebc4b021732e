package io.noetl.catalog.model;

/** A kind the catalog accepts (schema.md `resource`). */
public record ResourceKind(String name, boolean executable, String description) {
}
