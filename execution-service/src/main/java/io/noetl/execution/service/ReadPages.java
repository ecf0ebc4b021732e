package io.noetl.execution.service;

import io.noetl.execution.model.PageWindow;
import io.noetl.execution.model.ReadPage;
import io.noetl.platform.web.Cursor;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keyset and page-mode plumbing shared by the list reads, whose sort key is always one id. Queries fetch
 * one row more than the page: the extra row only says that another page exists.
 */
final class ReadPages {

    private ReadPages() {
    }

    /** The id the cursor points after, or null on a first page; a foreign or edited cursor is a 400. */
    static Long afterId(PageWindow window, String fingerprint) {
        if (window.cursor() == null) return null;
        return Long.valueOf(Cursor.decode(window.cursor(), fingerprint, 1).get(0));
    }

    /** Cuts rows fetched with size + 1 into a page; total is only known where the route counts. */
    static <T> ReadPage<T> cut(List<T> rows, PageWindow window, String fingerprint, ToLongFunction<T> id, Long total) {
        boolean more = rows.size() > window.size();
        List<T> items = more ? rows.subList(0, window.size()) : rows;
        if (window.pageMode()) {
            return new ReadPage<>(items, null, new ReadPage.PageInfo(window.page(), window.size(), total, more));
        }
        String next = more ? Cursor.encode(fingerprint, List.of(Long.toString(id.applyAsLong(items.get(items.size() - 1))))) : null;
        return new ReadPage<>(items, next, null);
    }
}
