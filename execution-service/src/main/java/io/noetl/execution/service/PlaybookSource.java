package io.noetl.execution.service;

import io.noetl.execution.api.client.CatalogClient;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.model.ResolvedPlaybook;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Playbooks for executions. Catalog versions are immutable, so entries are cached by catalog_id (LRU); a path
 * lookup always asks catalog-service which version is latest, then fills the cache.
 */
@ApplicationScoped
public class PlaybookSource {

    private final CatalogClient catalog;
    private final Map<Long, ResolvedPlaybook> cache;

    public PlaybookSource(CatalogClient catalog, ExecutionConfig config) {
        this.catalog = catalog;
        int size = config.catalog().cacheSize();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ResolvedPlaybook> eldest) {
                return size() > size;
            }
        });
    }

    /** For orchestration of a running execution: its version never changes, a later soft delete is irrelevant. */
    public Uni<ResolvedPlaybook> cached(long catalogId) {
        ResolvedPlaybook hit = cache.get(catalogId);
        return hit != null ? Uni.createFrom().item(hit) : catalog.byId(catalogId).invoke(this::remember);
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
}
