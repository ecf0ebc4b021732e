package io.noetl.worker.tool;

import java.util.Map;

/**
 * Credentials by name (dsl.md §10), decrypted by catalog-service for internal callers and kept in memory only.
 * Implementations throw {@link CredentialProblem} when the name is unknown or the type does not suit the tool.
 */
public interface CredentialSource {

    /** A credential as {@code {name, type, data: {field: value}}}. */
    Map<String, Object> resolve(String name);

    /** A missing or unsuitable credential: the tool answers an {@code auth} error naming it. */
    final class CredentialProblem extends RuntimeException {
        public CredentialProblem(String message) {
            super(message, null, false, false);
        }
    }
}
