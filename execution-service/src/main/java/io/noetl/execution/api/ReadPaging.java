package io.noetl.execution.api;

import io.noetl.execution.model.PageWindow;
import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.ProblemCode;
import io.noetl.platform.web.PageRequest;
import java.util.List;

/**
 * limit/cursor, or upstream's page mode page/page_size (api.md §1.4): page ≥ 1, page_size 1–1000 with
 * larger values clamped, no cursor alongside, and no offset past 100,000 rows, since an offset scan
 * costs as much as the rows it skips.
 */
final class ReadPaging {

    static final int MAX_OFFSET = 100_000;

    private ReadPaging() {
    }

    static PageWindow parse(String limit, String cursor, String page, String pageSize) {
        if (blank(page) && blank(pageSize)) {
            PageRequest keyset = PageRequest.parse(limit, cursor);
            return PageWindow.keyset(keyset.limit(), keyset.cursor());
        }
        if (!blank(cursor)) throw BadRequest.invalidParameter("query.cursor", "cannot be combined with page or page_size");
        long number = blank(page) ? 1 : positive("page", page);
        long size = blank(pageSize) ? PageRequest.DEFAULT_LIMIT : Math.min(positive("page_size", pageSize), PageRequest.MAX_LIMIT);
        if ((number - 1) * size > MAX_OFFSET) {
            throw new BadRequest(ProblemCode.PAGE_TOO_DEEP, "Page " + page + " starts beyond row " + MAX_OFFSET
                    + "; use the cursor to read further.", List.of(FieldError.of("query.page", "too deep")));
        }
        return PageWindow.paged((int) number, (int) size);
    }

    /** A positive integer; absurdly long values are capped so they fail the depth check, not a parse. */
    private static long positive(String name, String raw) {
        if (!raw.matches("^[0-9]+$")) throw BadRequest.invalidParameter("query." + name, "must be a positive integer");
        long value = raw.length() > 9 ? 1_000_000_000L : Long.parseLong(raw);
        if (value < 1) throw BadRequest.invalidParameter("query." + name, "must be at least 1");
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
