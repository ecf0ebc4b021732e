package io.noetl.execution.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** error_detail of an execution: why it failed or was cancelled, and at which step. */
@Schema(name = "ErrorDetail")
public record ErrorDetailView(
        @Schema(example = "http_error") String kind,
        @Schema(example = "GET https://example.com answered 503") String message,
        @Schema(example = "fetch") String step) {

    static ErrorDetailView from(Map<String, Object> error) {
        if (error == null) return null;
        return new ErrorDetailView(text(error.get("kind")), text(error.get("message")), text(error.get("step")));
    }

    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
