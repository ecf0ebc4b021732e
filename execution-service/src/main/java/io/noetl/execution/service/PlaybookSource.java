package io.noetl.execution.service;

import io.noetl.execution.api.client.CatalogClient;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.model.ResolvedPlaybook;
import io.noetl.execution.store.CatalogPayloadRepository;
import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.model.PlaybookReader;
import io.vertx.mutiny.sqlclient.Pool;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Playbooks for executions. Starts ask catalog-service (which version is latest, was it deleted); versions are
 * immutable, so parsed playbooks are cached by catalog_id (LRU) for the orchestration that follows.
 */
@ApplicationScoped
public class PlaybookSource {

    private final CatalogClient catalog;
    private final CatalogPayloadRepository payloads;
    private final Pool pool;
    private final Map<Long, ResolvedPlaybook> cache;

    public PlaybookSource(CatalogClient catalog, CatalogPayloadRepository payloads, Pool pool, ExecutionConfig config) {
        this.catalog = catalog;
        this.payloads = payloads;
        this.pool = pool;
        int size = config.catalog().cacheSize();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ResolvedPlaybook> eldest) {
                return size() > size;
            }
        });
    }

    /**
     * For orchestration of a running execution: its version never changes and a later soft delete is irrelevant,
     * so the normalized payload is read from the catalog table of the shared database (ADR 0006) rather than
     * through catalog-service: routing must not stop when catalog-service does. The playbook is null when the
     * entry has no readable payload.
     */
    public Uni<ResolvedPlaybook> cached(long catalogId) {
        ResolvedPlaybook hit = cache.get(catalogId);
        if (hit != null) return Uni.createFrom().item(hit);
        return payloads.payload(pool, catalogId).map(payload -> {
            Playbook playbook = null;
            try {
                playbook = payload == null ? null : PlaybookReader.read(payload);
            } catch (RuntimeException unreadable) {
                // Not a normalized playbook: the caller records outcomes without routing.
            }
            ResolvedPlaybook p = new ResolvedPlaybook(catalogId, null, 0, "playbook", false, playbook);
            remember(p);
            return p;
        });
    }

    /** For a start: asks catalog-service, which also tells whether the entry was soft-deleted since. */
    public Uni<ResolvedPlaybook> fresh(long catalogId) {
        return catalog.byId(catalogId).invoke(this::remember);
    }

    public Uni<ResolvedPlaybook> byPath(String path, String version) {
        return catalog.byPath(path, version).invoke(this::remember);
    }

    private void remember(ResolvedPlaybook p) {
        if (p.playbook() != null) cache.put(p.catalogId(), p);
    }

    /** A playbook the orchestrator can route, or a failure naming the catalog entry. */
    public Uni<Playbook> routable(long catalogId) {
        return cached(catalogId).map(p -> {
            if (p.playbook() == null) throw new IllegalStateException("catalog entry " + catalogId + " has no readable playbook");
            return p.playbook();
        });
    }
}
