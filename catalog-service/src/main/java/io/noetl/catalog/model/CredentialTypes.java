package io.noetl.catalog.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The six credential types of api.md §3.2: required and optional `data` fields, and the upstream
 * aliases of both type names and field names.
 */
public final class CredentialTypes {

    /** One type's data contract; aliases map an upstream field name onto the canonical one. */
    public record Spec(List<String> required, Map<String, String> aliases) {
    }

    public static final Map<String, Spec> SPECS = Map.of(
            "postgres", new Spec(List.of("host", "user", "database"), Map.of("db_host", "host", "db_user", "user",
                    "db_name", "database", "db_port", "port", "db_password", "password")),
            "http_basic", new Spec(List.of("username", "password"), Map.of()),
            "bearer", new Spec(List.of("token"), Map.of()),
            "api_key", new Spec(List.of("value"), Map.of("api_key", "value")),
            "oauth2_client_credentials", new Spec(List.of("token_url", "client_id", "client_secret"), Map.of()),
            "generic", new Spec(List.of(), Map.of()));

    private static final Map<String, String> TYPE_ALIASES = Map.of(
            "basic", "http_basic", "httpbearerauth", "bearer", "oauth2", "oauth2_client_credentials");

    private CredentialTypes() {
    }

    /** The canonical type, or null when the name is neither a type nor an alias (it becomes generic). */
    public static String canonical(String type) {
        String lower = type.trim().toLowerCase(Locale.ROOT);
        if (SPECS.containsKey(lower)) return lower;
        return TYPE_ALIASES.get(lower);
    }
}
