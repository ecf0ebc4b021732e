package io.noetl.catalog.store;

/**
 * Filters and keyset position of catalog listings. Null filters match everything. With sort by path the
 * position is (afterPath, afterVersion); with newest first it is afterId. agentOnly and capabilities
 * serve the upstream agent listings (metadata.agent, metadata.capabilities).
 */
public record CatalogListQuery(String kind, String path, String pathPrefix, boolean latestOnly, boolean includeDeleted,
                               boolean agentOnly, String[] capabilities, boolean newestFirst, String afterPath,
                               Integer afterVersion, Long afterId, int limit) {
}
