package io.noetl.execution.model;

/**
 * A keychain entry as a caller names it. For a shared entry the execution may be any member of the tree; the
 * service resolves its root. {@code executionIdField} says where the caller gave the id, for a 422 naming it.
 */
public record KeychainAddress(String name, long catalogId, KeychainScope scope, Long executionId,
                              String executionIdField) {
}
