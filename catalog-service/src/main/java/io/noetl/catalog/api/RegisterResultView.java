package io.noetl.catalog.api;

import io.noetl.catalog.model.RegisterOutcome;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.web.Ids;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RegisterResult of api.md §3.1. */
@Schema(name = "RegisterResult")
public record RegisterResultView(
        @Schema(example = "success", enumeration = {"success", "unchanged"}) String status,
        String message,
        String path,
        int version,
        String catalogId,
        String kind,
        String contentSha256,
        List<FieldError> warnings) {

    public static RegisterResultView from(RegisterOutcome o) {
        var e = o.entry();
        String message = o.unchanged()
                ? "Content is identical to version " + e.version() + " of " + e.path() + "; nothing stored."
                : "Registered " + e.path() + " version " + e.version() + ".";
        return new RegisterResultView(o.unchanged() ? "unchanged" : "success", message, e.path(), e.version(),
                Ids.wire(e.catalogId()), e.kind(), e.contentSha256(), o.warnings());
    }
}
