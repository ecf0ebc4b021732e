package io.noetl.catalog.model;

import io.noetl.platform.error.NotFound;

/** No catalog version with this id, or this path and version. */
public class CatalogEntryNotFound extends NotFound {

    public CatalogEntryNotFound(String detail) {
        super(detail);
    }

    public static CatalogEntryNotFound id(long id) {
        return new CatalogEntryNotFound("No catalog entry with catalog_id " + id + ".");
    }

    public static CatalogEntryNotFound path(String path, String version) {
        return new CatalogEntryNotFound("No catalog entry at path '" + path + "' with version " + version + ".");
    }
}
