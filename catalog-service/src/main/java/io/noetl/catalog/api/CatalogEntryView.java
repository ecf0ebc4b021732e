package io.noetl.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.noetl.catalog.model.CatalogEntry;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** CatalogEntry of api.md §3.1: the summary plus the document as submitted and normalized. */
@Schema(name = "CatalogEntry")
public record CatalogEntryView(
        @JsonUnwrapped CatalogSummaryView summary,
        @Schema(description = "The YAML exactly as submitted") String content,
        @Schema(description = "The parsed, normalized document") Map<String, Object> payload,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> layout,
        Map<String, Object> meta) {

    public static CatalogEntryView from(CatalogEntry e) {
        return new CatalogEntryView(CatalogSummaryView.from(e), e.content(),
                e.payload() == null ? null : e.payload().getMap(),
                e.layout() == null ? null : e.layout().getMap(), e.meta().getMap());
    }
}
