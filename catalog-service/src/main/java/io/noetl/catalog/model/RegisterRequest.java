package io.noetl.catalog.model;

/**
 * A register call after transport decoding: the document text exactly as submitted, and the
 * `resource_type` the caller named, if any.
 */
public record RegisterRequest(String content, String resourceType) {
}
