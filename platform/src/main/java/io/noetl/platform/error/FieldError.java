package io.noetl.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem in a 400 or 422 answer (and a warning beside a success): a JSON Pointer into the body, or
 * query.name / path.name / header.name for parameters, with a 1-based line and column for documents
 * when known, and the playbook rule's code (dsl.md §11) when one applies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String path, String message, Integer line, Integer column, String code) {

    public FieldError(String path, String message, Integer line, Integer column) {
        this(path, message, line, column, null);
    }

    public static FieldError of(String path, String message) {
        return new FieldError(path, message, null, null, null);
    }
}
