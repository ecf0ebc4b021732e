package io.noetl.catalog.service;

import io.noetl.catalog.model.CredentialInput;
import io.noetl.catalog.model.CredentialTypes;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.error.TooLarge;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a credential request against api.md §3.2 and reports every problem at once. Error messages
 * name fields, never their values: a value may be a secret.
 */
public final class CredentialValidation {

    /** Same pattern as the `credential_name_check` constraint of the schema. */
    private static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.-]{0,127}$");
    public static final int MAX_DATA_BYTES = 64 * 1024;

    private CredentialValidation() {
    }

    /** The raw request after JSON typing: name, type, data, and the optional fields. */
    public record Raw(String name, String type, JsonObject data, String description, List<String> tags,
                      JsonObject meta, JsonObject schema) {
    }

    public static CredentialInput validate(Raw raw) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        if (raw.name() == null) errors.add(FieldError.of("/name", "is required"));
        else if (!NAME.matcher(raw.name()).matches()) {
            errors.add(FieldError.of("/name", "must match ^[A-Za-z_][A-Za-z0-9_.-]{0,127}$"));
        }
        JsonObject meta = raw.meta() == null ? new JsonObject() : raw.meta().copy();
        String type = type(raw.type(), meta, errors, warnings);
        JsonObject data = raw.data() == null ? null : normalize(type, raw.data());
        if (data == null) errors.add(FieldError.of("/data", "is required (an object)"));
        else if (data.encode().getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new TooLarge("Credential data is over the " + MAX_DATA_BYTES + "-byte limit.");
        } else if (type != null) {
            for (String field : CredentialTypes.SPECS.get(type).required()) {
                if (data.getValue(field) == null) errors.add(FieldError.of("/data/" + field, "is required for type " + type));
            }
        }
        if (!errors.isEmpty()) throw new Invalid("The credential has " + errors.size() + " problem(s).", errors);
        return new CredentialInput(raw.name(), type, data, raw.description(), raw.tags() == null ? List.of() : raw.tags(),
                meta, raw.schema(), warnings);
    }

    private static String type(String given, JsonObject meta, List<FieldError> errors, List<FieldError> warnings) {
        if (given == null || given.isBlank()) {
            errors.add(FieldError.of("/type", "is required: postgres, http_basic, bearer, api_key, oauth2_client_credentials or generic"));
            return null;
        }
        String canonical = CredentialTypes.canonical(given);
        if (canonical != null) return canonical;
        meta.put("original_type", given);
        warnings.add(FieldError.of("/type", "unknown type '" + given + "' stored as generic"));
        return "generic";
    }

    /** Upstream field names (db_host, api_key, …) become the canonical ones; a canonical one present wins. */
    private static JsonObject normalize(String type, JsonObject data) {
        if (type == null) return data;
        JsonObject out = new JsonObject();
        Map<String, String> aliases = CredentialTypes.SPECS.get(type).aliases();
        data.forEach(e -> {
            String target = aliases.getOrDefault(e.getKey(), e.getKey());
            if (!out.containsKey(target) || target.equals(e.getKey())) out.put(target, e.getValue());
        });
        return out;
    }
}
