package io.noetl.catalog.service;

import io.noetl.catalog.model.CatalogEntry;
import io.noetl.catalog.model.CatalogEntryNotFound;
import io.noetl.catalog.model.ResourceKind;
import io.noetl.catalog.store.CatalogListQuery;
import io.noetl.catalog.store.CatalogListRepository;
import io.noetl.catalog.store.CatalogRepository;
import io.noetl.platform.web.Cursor;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads of the catalog: by id, by path and version, versions of a path, listings, kinds. */
@ApplicationScoped
public class CatalogQueries {

    private final Pool pool;
    private final CatalogRepository catalog;
    private final CatalogListRepository listing;

    public CatalogQueries(Pool pool, CatalogRepository catalog, CatalogListRepository listing) {
        this.pool = pool;
        this.catalog = catalog;
        this.listing = listing;
    }

    /** By id, soft-deleted or not, so running executions can always resolve their version. */
    public Uni<CatalogEntry> byId(long id) {
        return catalog.findById(pool, id).onItem().ifNull().failWith(() -> CatalogEntryNotFound.id(id));
    }

    /** By path and version (null = latest non-deleted); a deleted version only with includeDeleted. */
    public Uni<CatalogEntry> byPath(String path, Integer version, boolean includeDeleted) {
        Uni<CatalogEntry> found = version == null ? catalog.findLatest(pool, path)
                : catalog.findByPathAndVersion(pool, path, version);
        return found.map(e -> e != null && e.deletedAt() != null && !includeDeleted ? null : e)
                .onItem().ifNull().failWith(() -> CatalogEntryNotFound.path(path, version == null ? "latest" : version.toString()));
    }

    /** Every version of a path, deleted ones too, newest first; 404 when the path has none. */
    public Uni<Page<CatalogEntry>> versions(String path, PageRequest page) {
        String fingerprint = Cursor.fingerprint("catalog.versions", path);
        Integer before = page.cursor() == null ? null : Integer.valueOf(Cursor.decode(page.cursor(), fingerprint, 1).get(0));
        return catalog.versions(pool, path, before, page.limit() + 1)
                .map(rows -> {
                    if (rows.isEmpty() && before == null) throw CatalogEntryNotFound.path(path, "any");
                    return Page.cut(rows, page.limit(), last -> Cursor.encode(fingerprint, List.of(Integer.toString(last.version()))));
                });
    }

    public Uni<Page<CatalogEntry>> list(CatalogFilter filter, PageRequest page) {
        String fingerprint = filter.fingerprint();
        List<String> after = page.cursor() == null ? List.of() : Cursor.decode(page.cursor(), fingerprint, filter.newestFirst() ? 1 : 2);
        CatalogListQuery query = new CatalogListQuery(filter.kind(), filter.path(), filter.pathPrefix(), filter.latestOnly(),
                filter.includeDeleted(), filter.agentOnly(), filter.capabilities(), filter.newestFirst(),
                after.size() == 2 ? after.get(0) : null, after.size() == 2 ? Integer.valueOf(after.get(1)) : null,
                after.size() == 1 ? Long.valueOf(after.get(0)) : null, page.limit() + 1);
        return listing.list(pool, query, filter.includeContent())
                .map(rows -> Page.cut(rows, page.limit(), last -> Cursor.encode(fingerprint, filter.newestFirst()
                        ? List.of(Long.toString(last.catalogId()))
                        : List.of(last.path(), Integer.toString(last.version())))));
    }

    public Uni<List<ResourceKind>> kinds() {
        return catalog.kinds(pool);
    }
}
