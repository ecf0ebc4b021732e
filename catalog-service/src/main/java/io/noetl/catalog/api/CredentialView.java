package io.noetl.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.noetl.catalog.model.Credential;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Credential of api.md §3.2; `data` only for an authorized include_data=true, `warnings` only on upsert. */
@Schema(name = "Credential")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialView(String id, String name, @Schema(example = "postgres") String type, String description,
                             List<String> tags, Map<String, Object> meta, String createdAt, String updatedAt,
                             Map<String, Object> data, List<FieldError> warnings) {

    public static CredentialView of(Credential c, Map<String, Object> data, List<FieldError> warnings) {
        return new CredentialView(Ids.wire(c.id()), c.name(), c.type(), c.description(), c.tags(), c.meta().getMap(),
                Timestamps.wire(c.createdAt()), Timestamps.wire(c.updatedAt()), data, warnings);
    }

    public static CredentialView of(Credential c) {
        return of(c, null, null);
    }
}
