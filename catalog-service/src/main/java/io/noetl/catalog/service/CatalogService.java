package io.noetl.catalog.service;

import io.noetl.catalog.model.CatalogEntry;
import io.noetl.catalog.model.CatalogEntryNotFound;
import io.noetl.catalog.model.NewVersion;
import io.noetl.catalog.model.RegisterOutcome;
import io.noetl.catalog.model.RegisterRequest;
import io.noetl.catalog.model.ResourceKind;
import io.noetl.catalog.store.CatalogRepository;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Registers documents as new immutable versions (api.md §3.1 register). */
@ApplicationScoped
public class CatalogService {

    private final Pool pool;
    private final CatalogRepository catalog;
    private final DocumentReader reader;

    public CatalogService(Pool pool, CatalogRepository catalog, DocumentReader reader) {
        this.pool = pool;
        this.catalog = catalog;
        this.reader = reader;
    }

    /**
     * Validates, then in one transaction under the path's lock: identical content to the latest version
     * answers that version unchanged; anything else becomes version max + 1.
     */
    public Uni<RegisterOutcome> register(RegisterRequest request) {
        // Parsing and checking a document of up to 1 MiB is CPU work: keep it off the event loop.
        return Uni.createFrom().item(() -> reader.read(request.content(), request.resourceType()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(doc -> catalog.kinds(pool).map(kinds -> requireKnownKind(kinds, doc)))
                .chain(doc -> pool.withTransaction(tx -> store(tx, newVersion(request.content(), doc), doc.warnings())));
    }

    private Uni<RegisterOutcome> store(SqlClient tx, NewVersion v, List<FieldError> warnings) {
        return catalog.lockPath(tx, v.path())
                .chain(() -> catalog.findLatest(tx, v.path()))
                .chain(latest -> latest != null && latest.contentSha256().equals(v.contentSha256())
                        ? Uni.createFrom().item(new RegisterOutcome(latest, true, warnings))
                        : catalog.maxVersion(tx, v.path())
                                .chain(max -> catalog.insert(tx, v, max + 1))
                                .map(entry -> new RegisterOutcome(entry, false, warnings)));
    }

    private static DocumentReader.ReadDocument requireKnownKind(List<ResourceKind> kinds, DocumentReader.ReadDocument doc) {
        if (kinds.stream().noneMatch(k -> k.name().equals(doc.kind()))) {
            String known = String.join(", ", kinds.stream().map(ResourceKind::name).toList());
            throw new Invalid("The document's kind is not one the catalog accepts.",
                    List.of(DocumentReader.at(doc.yaml(), "/kind", "unknown kind '" + doc.kind() + "'; known: " + known)));
        }
        return doc;
    }

    private static NewVersion newVersion(String content, DocumentReader.ReadDocument doc) {
        JsonObject payload = new JsonObject(doc.payload());
        Object labels = doc.payload().get("metadata") instanceof Map<?, ?> m ? m.get("labels") : null;
        JsonObject meta = new JsonObject()
                .put("warnings", new JsonArray(doc.warnings().stream()
                        .map(CatalogService::warning).toList()))
                .put("labels", labels instanceof Map<?, ?> ? JsonObject.mapFrom(labels) : new JsonObject());
        return new NewVersion(doc.path(), doc.kind(), content, sha256(content), payload, meta);
    }

    private static JsonObject warning(FieldError w) {
        JsonObject out = new JsonObject().put("path", w.path()).put("message", w.message());
        if (w.code() != null) out.put("code", w.code());
        if (w.line() != null) out.put("line", w.line()).put("column", w.column());
        return out;
    }

    static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Soft delete: hidden from listings and "latest", still resolvable by id; repeating it is a no-op. */
    public Uni<CatalogEntry> delete(long id) {
        return catalog.softDelete(pool, id).onItem().ifNull().failWith(() -> CatalogEntryNotFound.id(id));
    }

    /** Upstream's path-wide soft delete: every live version of the path, or one; returns what changed. */
    public Uni<List<CatalogEntry>> deletePath(String path, Integer version) {
        return catalog.softDeletePath(pool, path, version);
    }

    public Uni<List<CatalogEntry>> restorePath(String path, Integer version) {
        return catalog.restorePath(pool, path, version);
    }

    /** Undoes a soft delete; restoring a live entry is a no-op. */
    public Uni<CatalogEntry> restore(long id) {
        return catalog.restore(pool, id).onItem().ifNull().failWith(() -> CatalogEntryNotFound.id(id));
    }
}
