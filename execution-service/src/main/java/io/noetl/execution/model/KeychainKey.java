package io.noetl.execution.model;

/**
 * A resolved keychain entry: its cache key exactly as schema.md writes it, and the associated data that binds its
 * ciphertext to that key, so an envelope copied onto another entry does not decrypt.
 *
 * @param ownerExecutionId null for global, the execution for local, the root execution for shared; stored in
 *                         {@code keychain.execution_id} so the entry can be deleted when its owner ends
 */
public record KeychainKey(String name, long catalogId, KeychainScope scope, Long ownerExecutionId) {

    public String cacheKey() {
        return switch (scope) {
            case GLOBAL -> name + ":" + catalogId + ":global";
            case LOCAL -> name + ":" + catalogId + ":" + ownerExecutionId;
            case SHARED -> name + ":" + catalogId + ":shared:" + ownerExecutionId;
        };
    }

    public String associatedData() {
        return "keychain:" + cacheKey();
    }
}
