package io.noetl.playbook.model;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A named secret of the root {@code keychain} (dsl.md §10), read in templates as
 * {@code keychain.<name>.<field>}. Which of {@code data}, {@code credential}, {@code params} and {@code ttl}
 * apply depends on the kind; the others are empty or null.
 */
public record KeychainEntry(String name, Kind kind, Scope scope, Map<String, Object> data, String credential,
        Map<String, Object> params, Duration ttl) {

    public enum Kind { STATIC, CREDENTIAL_REF, OAUTH2 }

    /** Who shares the resolved value: this execution, its execution tree, or every execution of the entry. */
    public enum Scope { LOCAL, SHARED, GLOBAL }

    public KeychainEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        data = PlainValues.freezeMap(data);
        params = PlainValues.freezeMap(params);
    }
}
