package io.noetl.catalog.service;

import io.noetl.platform.web.Cursor;

/** The query of `GET /api/catalog`, parsed and checked by the resource. */
public record CatalogFilter(String kind, String path, String pathPrefix, boolean latestOnly, boolean includeDeleted,
                            boolean includeContent, boolean newestFirst) {

    /** Cursors are bound to every filter that changes the result set and to the sort. */
    String fingerprint() {
        return Cursor.fingerprint("catalog", kind, path, pathPrefix, Boolean.toString(latestOnly),
                Boolean.toString(includeDeleted), Boolean.toString(newestFirst));
    }
}
