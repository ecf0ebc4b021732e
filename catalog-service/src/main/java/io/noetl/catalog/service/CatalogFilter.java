package io.noetl.catalog.service;

import io.noetl.platform.web.Cursor;
import java.util.Arrays;

/** The filters of a catalog listing, parsed and checked by the resource. */
public record CatalogFilter(String kind, String path, String pathPrefix, boolean latestOnly, boolean includeDeleted,
                            boolean includeContent, boolean newestFirst, boolean agentOnly, String[] capabilities) {

    /** The filters of `GET /api/catalog`, which has no agent filters. */
    public static CatalogFilter of(String kind, String path, String pathPrefix, boolean latestOnly, boolean includeDeleted,
                                   boolean includeContent, boolean newestFirst) {
        return new CatalogFilter(kind, path, pathPrefix, latestOnly, includeDeleted, includeContent, newestFirst, false, null);
    }

    /** Cursors are bound to every filter that changes the result set and to the sort. */
    String fingerprint() {
        return Cursor.fingerprint("catalog", kind, path, pathPrefix, Boolean.toString(latestOnly),
                Boolean.toString(includeDeleted), Boolean.toString(newestFirst), Boolean.toString(agentOnly),
                Arrays.toString(capabilities));
    }
}
