package io.noetl.execution.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to a keychain read, as upstream gives it: an entry with its decrypted data ("success"), an expired
 * entry that asks to be renewed ("expired", no data), or nothing ("not_found", also for an expired entry without
 * auto_renew).
 */
public record KeychainLookup(KeychainKey key, KeychainEntry entry, JsonNode tokenData) {

    public static KeychainLookup notFound(KeychainKey key) {
        return new KeychainLookup(key, null, null);
    }

    public String status() {
        if (entry == null) return "not_found";
        return entry.expired() ? "expired" : "success";
    }
}
