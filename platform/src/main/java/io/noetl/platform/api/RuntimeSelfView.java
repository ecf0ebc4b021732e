package io.noetl.platform.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** This instance: its registry row plus service, version and schema version (api.md §2). */
@Schema(name = "RuntimeSelf")
public record RuntimeSelfView(@JsonUnwrapped RuntimeInstanceView instance,
                              @Schema(example = "execution-service") String service,
                              @Schema(example = "0.1.0-SNAPSHOT") String version,
                              @Schema(description = "Latest applied platform migration", example = "8") String schemaVersion) {
}
