package io.noetl.platform.web;

import java.util.List;
import java.util.function.Function;

/** The body of new list routes: {items, next_cursor}; next_cursor is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Cuts rows fetched with {@code limit + 1} into a page: the extra row only says another page exists,
     * and the cursor points after the page's last row.
     */
    public static <T> Page<T> cut(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) return new Page<>(rows, null);
        return new Page<>(rows.subList(0, limit), cursorOf.apply(rows.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }
}
