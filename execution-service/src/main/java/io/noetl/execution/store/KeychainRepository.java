package io.noetl.execution.store;

import io.noetl.execution.model.KeychainEntry;
import io.noetl.execution.model.KeychainInput;
import io.noetl.execution.model.KeychainKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/** The encrypted token cache (`keychain`, api.md §4.6). Only envelopes reach this class, never plaintext. */
@ApplicationScoped
public class KeychainRepository {

    /** The tree a shared entry belongs to. */
    static final String ROOT_OF = "SELECT root_execution_id FROM execution WHERE execution_id = $1";

    /**
     * Stores or replaces one entry; expiry is $11 when given, else $12 seconds from now by the database clock. A
     * replacement keeps created_at and the access statistics. $14 is JSON text (see VariableRepository.UPSERT).
     */
    static final String UPSERT = """
            INSERT INTO keychain (cache_key, keychain_name, catalog_id, credential_type, cache_type, scope_type,
                                  execution_id, parent_execution_id, data_encrypted, key_id, expires_at, auto_renew,
                                  renew_config)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
                    COALESCE($11::timestamptz, now() + make_interval(secs => $12::float8)), $13, $14::text::jsonb)
            ON CONFLICT ON CONSTRAINT keychain_pkey DO UPDATE
               SET credential_type = EXCLUDED.credential_type, cache_type = EXCLUDED.cache_type,
                   scope_type = EXCLUDED.scope_type, execution_id = EXCLUDED.execution_id,
                   parent_execution_id = EXCLUDED.parent_execution_id, data_encrypted = EXCLUDED.data_encrypted,
                   key_id = EXCLUDED.key_id, expires_at = EXCLUDED.expires_at, auto_renew = EXCLUDED.auto_renew,
                   renew_config = EXCLUDED.renew_config
            RETURNING\s""" + KeychainRows.META;

    /**
     * One statement, one snapshot: a live entry is returned with its envelope and counted as an access; an
     * expired one is returned uncounted so the caller can tell "expired" from "missing". The two arms never
     * both match, and no second query can see a replacement made in between.
     */
    static final String READ = """
            WITH hit AS (
                UPDATE keychain SET access_count = access_count + 1, accessed_at = now()
                 WHERE cache_key = $1 AND expires_at > now()
                RETURNING\s""" + KeychainRows.WITH_DATA + """
            )
            SELECT * FROM hit
            UNION ALL
            SELECT\s""" + KeychainRows.WITH_DATA + " FROM keychain WHERE cache_key = $1 AND expires_at <= now()";

    /** Upstream lists every entry of a playbook; the cap keeps one answer bounded (entries are few per playbook). */
    static final String LIST_BY_CATALOG = "SELECT " + KeychainRows.META
            + " FROM keychain WHERE catalog_id = $1 ORDER BY keychain_name, scope_type, cache_key LIMIT 1000";

    static final String DELETE = "DELETE FROM keychain WHERE cache_key = $1";

    /** Emits null when there is no such execution. */
    public Uni<Long> rootOf(SqlClient db, long executionId) {
        return db.preparedQuery(ROOT_OF).execute(Tuple.of(executionId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong("root_execution_id"));
    }

    public Uni<KeychainEntry> upsert(SqlClient db, KeychainKey key, KeychainInput in, String envelope, String keyId) {
        Tuple args = Tuple.from(Arrays.asList(key.cacheKey(), key.name(), key.catalogId(), in.credentialType(),
                in.cacheType(), key.scope().wire(), key.ownerExecutionId(), in.parentExecutionId(), envelope, keyId,
                in.expiresAt(), in.ttlSeconds(), in.autoRenew(), in.renewConfig() == null ? null : in.renewConfig().toString()));
        return db.preparedQuery(UPSERT).execute(args).map(rows -> KeychainRows.entry(rows.iterator().next()));
    }

    /** Emits null when there is no entry under this key, live or expired. */
    public Uni<KeychainEntry> read(SqlClient db, String cacheKey) {
        return db.preparedQuery(READ).execute(Tuple.of(cacheKey))
                .map(rows -> rows.size() == 0 ? null : KeychainRows.entry(rows.iterator().next()));
    }

    public Uni<List<KeychainEntry>> listByCatalog(SqlClient db, long catalogId) {
        return db.preparedQuery(LIST_BY_CATALOG).execute(Tuple.of(catalogId))
                .map(rows -> rows.stream().map(KeychainRows::entry).toList());
    }

    public Uni<Boolean> delete(SqlClient db, String cacheKey) {
        return db.preparedQuery(DELETE).execute(Tuple.of(cacheKey)).map(rows -> rows.rowCount() == 1);
    }
}
