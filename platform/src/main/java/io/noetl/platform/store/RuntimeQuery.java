package io.noetl.platform.store;

/**
 * A page request on the registry: null arrays match everything; (afterKind, afterName) is the keyset
 * position of the previous page's last row, or nulls for the first page.
 */
public record RuntimeQuery(String[] kinds, String[] statuses, String afterKind, String afterName, int limit) {
}
