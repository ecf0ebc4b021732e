package io.noetl.execution.store;

import io.noetl.execution.model.KeychainEntry;
import io.vertx.mutiny.sqlclient.Row;

/** Maps `keychain` rows; each column is named once, here. */
final class KeychainRows {

    /** Everything but the envelope, with the remaining TTL and expiry judged by the database clock. */
    static final String META = """
            cache_key, keychain_name, catalog_id, credential_type, cache_type, scope_type, execution_id,
            parent_execution_id, expires_at, greatest(floor(extract(epoch FROM expires_at - now())), 0)::bigint AS ttl_seconds,
            expires_at <= now() AS expired, accessed_at, access_count, auto_renew, renew_config::text AS renew_config""";

    /** The metadata plus the envelope, for the one read that decrypts. */
    static final String WITH_DATA = META + ", data_encrypted";

    private KeychainRows() {
    }

    static KeychainEntry entry(Row row) {
        String envelope = row.getColumnIndex("data_encrypted") < 0 ? null : row.getString("data_encrypted");
        return new KeychainEntry(row.getString("cache_key"), row.getString("keychain_name"), row.getLong("catalog_id"),
                row.getString("credential_type"), row.getString("cache_type"), row.getString("scope_type"),
                row.getLong("execution_id"), row.getLong("parent_execution_id"), envelope,
                row.getOffsetDateTime("expires_at"), row.getLong("ttl_seconds"), row.getBoolean("expired"),
                row.getOffsetDateTime("accessed_at"), row.getInteger("access_count"), row.getBoolean("auto_renew"),
                VariableRows.json(row.getString("renew_config")));
    }
}
