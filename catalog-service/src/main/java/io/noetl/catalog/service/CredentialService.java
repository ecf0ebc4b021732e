package io.noetl.catalog.service;

import io.noetl.catalog.model.Credential;
import io.noetl.catalog.model.CredentialInput;
import io.noetl.catalog.model.CredentialNotFound;
import io.noetl.catalog.store.CredentialRepository;
import io.noetl.platform.crypto.SecretCipher;
import io.noetl.platform.web.Cursor;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Credentials (api.md §3.2): data is encrypted before it reaches the database and decrypted only on request. */
@ApplicationScoped
public class CredentialService {

    /** A credential with its decrypted data, for the internal callers allowed to see it. */
    public record Revealed(Credential credential, JsonObject data) {
    }

    private final Pool pool;
    private final CredentialRepository credentials;
    private final SecretCipher cipher;

    public CredentialService(Pool pool, CredentialRepository credentials, SecretCipher cipher) {
        this.pool = pool;
        this.credentials = credentials;
        this.cipher = cipher;
    }

    /** Refuses to start without an encryption key (architecture.md §7), instead of failing at first use. */
    void onStart(@Observes StartupEvent event) {
        cipher.activeKeyId();
    }

    /** Creates or replaces by name; the id stays the same across replacements. */
    public Uni<Credential> upsert(CredentialInput in) {
        return pool.withTransaction(tx -> credentials.lockAndIdFor(tx, in.name())
                .chain(id -> credentials.upsert(tx, sealed(id, in))));
    }

    private Credential sealed(long id, CredentialInput in) {
        String envelope = cipher.encrypt(in.data().encode().getBytes(StandardCharsets.UTF_8),
                Credential.associatedData(id, in.name()));
        return new Credential(id, in.name(), in.type(), envelope, cipher.keyIdOf(envelope), in.schema(), in.meta(),
                in.tags(), in.description(), null, null);
    }

    /** An all-digit key is tried as an id first, then as a name (api.md §3.2). */
    public Uni<Credential> get(String idOrName) {
        Uni<Credential> byId = idOrName.matches("^[0-9]{1,18}$")
                ? credentials.findById(pool, Long.parseLong(idOrName)) : Uni.createFrom().nullItem();
        return byId.onItem().ifNull().switchTo(() -> credentials.findByName(pool, idOrName))
                .onItem().ifNull().failWith(() -> new CredentialNotFound(idOrName));
    }

    public Uni<Revealed> reveal(String idOrName) {
        return get(idOrName).map(c -> new Revealed(c, new JsonObject(new String(
                cipher.decrypt(c.dataEncrypted(), Credential.associatedData(c.id(), c.name())), StandardCharsets.UTF_8))));
    }

    public Uni<Page<Credential>> list(String type, String q, PageRequest page) {
        String fingerprint = Cursor.fingerprint("credentials", type, q);
        String after = page.cursor() == null ? null : Cursor.decode(page.cursor(), fingerprint, 1).get(0);
        return credentials.list(pool, type, q, after, page.limit() + 1)
                .map(rows -> Page.cut(rows, page.limit(), last -> Cursor.encode(fingerprint, List.of(last.name()))));
    }

    public Uni<Credential> delete(String idOrName) {
        return get(idOrName).call(c -> credentials.delete(pool, c.id()));
    }
}
