package io.noetl.catalog.api;

import io.noetl.catalog.model.CatalogEntry;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** CatalogSummary of api.md §3.1. */
@Schema(name = "CatalogSummary")
public record CatalogSummaryView(
        @Schema(example = "7689598279585628170") String catalogId,
        @Schema(example = "examples/hello-world") String path,
        @Schema(example = "3") int version,
        @Schema(example = "playbook") String kind,
        String description,
        String contentSha256,
        Map<String, Object> labels,
        String createdAt,
        String deletedAt) {

    public static CatalogSummaryView from(CatalogEntry e) {
        Object labels = e.meta().getValue("labels");
        return new CatalogSummaryView(Ids.wire(e.catalogId()), e.path(), e.version(), e.kind(), e.description(),
                e.contentSha256(), labels instanceof io.vertx.core.json.JsonObject j ? j.getMap() : Map.of(),
                Timestamps.wire(e.createdAt()), Timestamps.wire(e.deletedAt()));
    }
}
