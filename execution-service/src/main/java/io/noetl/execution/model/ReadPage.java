package io.noetl.execution.model;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read. In keyset mode nextCursor is set while more rows follow; in page mode info
 * says where the page is (and the total when the route computes one) and nextCursor stays null.
 */
public record ReadPage<T>(List<T> items, String nextCursor, PageInfo info) {

    /** Page mode position; total is null on routes that compute no totals. */
    public record PageInfo(int page, int pageSize, Long total, boolean hasNext) {

        public boolean hasPrev() {
            return page > 1;
        }

        public Long totalPages() {
            return total == null ? null : (total + pageSize - 1) / pageSize;
        }
    }

    public <R> ReadPage<R> map(Function<T, R> f) {
        return new ReadPage<>(items.stream().map(f).toList(), nextCursor, info);
    }
}
