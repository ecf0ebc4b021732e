package io.noetl.catalog.store;

/**
 * Filters and keyset position of `GET /api/catalog`. Null filters match everything. With sort by path the
 * position is (afterPath, afterVersion); with newest first it is afterId.
 */
public record CatalogListQuery(String kind, String path, String pathPrefix, boolean latestOnly, boolean includeDeleted,
                               boolean newestFirst, String afterPath, Integer afterVersion, Long afterId, int limit) {
}
