package io.noetl.execution.api;

import io.noetl.execution.model.ReadPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Upstream's pagination object, sent in page mode only (api.md §1.4, §4.1). */
@Schema(name = "Pagination")
public record PaginationView(int page, int pageSize, long totalEvents, long totalPages, boolean hasNext, boolean hasPrev) {

    static PaginationView from(ReadPage.PageInfo info) {
        if (info == null || info.total() == null) return null;
        return new PaginationView(info.page(), info.pageSize(), info.total(), info.totalPages(), info.hasNext(), info.hasPrev());
    }
}
