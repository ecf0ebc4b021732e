package io.noetl.execution.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.KeychainAddress;
import io.noetl.execution.model.KeychainEntry;
import io.noetl.execution.model.KeychainInput;
import io.noetl.execution.model.KeychainKey;
import io.noetl.execution.model.KeychainLookup;
import io.noetl.execution.store.KeychainRepository;
import io.noetl.platform.crypto.SecretCipher;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The keychain (api.md §4.6): token data is encrypted before it reaches the database, bound to its cache key, and
 * decrypted only for the internal read. Nothing here logs; no message carries token data.
 */
@ApplicationScoped
public class KeychainService {

    private final Pool pool;
    private final KeychainRepository keychain;
    private final SecretCipher cipher;
    private final ObjectMapper json;

    public KeychainService(Pool pool, KeychainRepository keychain, SecretCipher cipher, ObjectMapper json) {
        this.pool = pool;
        this.keychain = keychain;
        this.cipher = cipher;
        this.json = json;
    }

    /** Refuses to start without an encryption key (architecture.md §7), instead of failing at the first write. */
    void onStart(@Observes StartupEvent event) {
        cipher.activeKeyId();
    }

    public Uni<KeychainEntry> set(KeychainInput in) {
        return resolve(in.address()).chain(key -> {
            byte[] plaintext = in.tokenData().toString().getBytes(StandardCharsets.UTF_8);
            String envelope = cipher.encrypt(plaintext, key.associatedData());
            Arrays.fill(plaintext, (byte) 0);
            return keychain.upsert(pool, key, in, envelope, cipher.keyIdOf(envelope));
        });
    }

    /** The entry with its decrypted data; an expired entry without auto_renew reads as not found (upstream). */
    public Uni<KeychainLookup> read(KeychainAddress address) {
        return resolve(address).chain(key -> keychain.read(pool, key.cacheKey()).map(entry -> lookup(key, entry)));
    }

    /** False when there was no entry under the key. */
    public Uni<Boolean> delete(KeychainAddress address) {
        return resolve(address).chain(key -> keychain.delete(pool, key.cacheKey()));
    }

    public Uni<List<KeychainEntry>> list(long catalogId) {
        return keychain.listByCatalog(pool, catalogId);
    }

    private KeychainLookup lookup(KeychainKey key, KeychainEntry entry) {
        if (entry == null || entry.expired() && !entry.autoRenew()) return KeychainLookup.notFound(key);
        if (entry.expired()) return new KeychainLookup(key, entry, null);
        return new KeychainLookup(key, entry, decrypt(entry, key));
    }

    private JsonNode decrypt(KeychainEntry entry, KeychainKey key) {
        byte[] plaintext = cipher.decrypt(entry.dataEncrypted(), key.associatedData());
        try {
            return json.readTree(plaintext);
        } catch (IOException e) {
            // Not chained: the parser's message could quote the plaintext.
            throw new UncheckedIOException(new IOException("decrypted keychain data is not JSON"));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Global and local keys follow from the address; a shared key names the root of the execution's tree. */
    private Uni<KeychainKey> resolve(KeychainAddress a) {
        return switch (a.scope()) {
            case GLOBAL -> Uni.createFrom().item(new KeychainKey(a.name(), a.catalogId(), a.scope(), null));
            case LOCAL -> Uni.createFrom().item(new KeychainKey(a.name(), a.catalogId(), a.scope(), a.executionId()));
            case SHARED -> rootOf(pool, a).map(root -> new KeychainKey(a.name(), a.catalogId(), a.scope(), root));
        };
    }

    private Uni<Long> rootOf(SqlClient db, KeychainAddress a) {
        return keychain.rootOf(db, a.executionId()).onItem().ifNull().failWith(() -> new Invalid(
                "A shared keychain entry needs an existing execution.",
                List.of(FieldError.of(a.executionIdField(), "no execution with id " + a.executionId()))));
    }
}
