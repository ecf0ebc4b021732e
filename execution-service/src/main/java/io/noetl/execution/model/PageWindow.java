package io.noetl.execution.model;

/**
 * Which rows a list read returns: keyset mode (limit and an optional cursor, page null) or upstream's page
 * mode (page ≥ 1 and a page size, no cursor). Both are checked by the API before they get here.
 */
public record PageWindow(int size, String cursor, Integer page) {

    public static PageWindow keyset(int limit, String cursor) {
        return new PageWindow(limit, cursor, null);
    }

    public static PageWindow paged(int page, int pageSize) {
        return new PageWindow(pageSize, null, page);
    }

    public boolean pageMode() {
        return page != null;
    }

    /** Rows skipped in page mode; keyset mode never skips (the cursor is a position). */
    public int offset() {
        return page == null ? 0 : (page - 1) * size;
    }
}
