package io.noetl.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem in a 400 or 422 answer: a JSON Pointer into the body, or query.name / path.name /
 * header.name for parameters, with a 1-based line and column for documents when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String path, String message, Integer line, Integer column) {

    public static FieldError of(String path, String message) {
        return new FieldError(path, message, null, null);
    }
}
