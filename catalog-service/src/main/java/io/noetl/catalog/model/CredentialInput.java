package io.noetl.catalog.model;

import io.noetl.platform.error.FieldError;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A validated create-or-replace request, data normalized to the type's canonical field names. */
public record CredentialInput(String name, String type, JsonObject data, String description, List<String> tags,
                              JsonObject meta, JsonObject schema, List<FieldError> warnings) {
}
