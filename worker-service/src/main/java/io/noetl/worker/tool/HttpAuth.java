package io.noetl.worker.tool;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The http tool's {@code auth} (dsl.md §10): a credential name resolved through {@link CredentialSource}.
 * Messages name the credential and its fields, never a value (secrets must not reach events or logs).
 */
final class HttpAuth {

    private HttpAuth() {
    }

    /** Fetches an access token for an {@code oauth2_client_credentials} credential (name, data). */
    interface TokenSource {
        String token(String credential, Map<String, Object> data);
    }

    static HttpRequestSpec apply(HttpRequestSpec spec, Object auth, CredentialSource credentials, TokenSource tokens) {
        if (auth == null) {
            return spec;
        }
        if (!(auth instanceof String name) || name.isBlank()) {
            throw ToolFailure.config("http auth must be a credential name");
        }
        Map<String, Object> credential = resolve(name, credentials);
        Map<String, Object> data = HttpBodies.asMap(credential.get("data"), "credential data");
        String type = String.valueOf(credential.get("type"));
        return switch (type) {
            case "http_basic" -> spec.withHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (field(name, data, "username") + ":" + field(name, data, "password")).getBytes(StandardCharsets.UTF_8)));
            case "bearer" -> spec.withHeader("Authorization", "Bearer " + field(name, data, "token"));
            case "api_key" -> apiKey(spec, name, data);
            case "oauth2_client_credentials" -> spec.withHeader("Authorization", "Bearer " + tokens.token(name, data));
            default -> throw ToolFailure.of("auth", "credential '" + name + "' has type " + type
                    + ", which the http tool cannot use (http_basic, bearer, api_key, oauth2_client_credentials)", false);
        };
    }

    private static HttpRequestSpec apiKey(HttpRequestSpec spec, String name, Map<String, Object> data) {
        String value = field(name, data, "value");
        if ("query".equals(data.get("in"))) {
            String param = field(name, data, "name");
            return spec.with(spec.method(), HttpRequestSpec.appendQuery(spec.uri(),
                    HttpBodies.formEncode(Map.of(param, value))), spec.headers(), spec.body());
        }
        Object header = data.get("header");
        return spec.withHeader(header == null ? "X-API-Key" : String.valueOf(header), value);
    }

    private static Map<String, Object> resolve(String name, CredentialSource credentials) {
        try {
            Map<String, Object> credential = credentials == null ? null : credentials.resolve(name);
            if (credential == null) {
                throw ToolFailure.of("auth", "credential '" + name + "' was not found", false);
            }
            return credential;
        } catch (CredentialSource.CredentialProblem e) {
            throw ToolFailure.of("auth", e.getMessage(), false);
        }
    }

    private static String field(String credential, Map<String, Object> data, String field) {
        Object value = data.get(field);
        if (value == null || String.valueOf(value).isEmpty()) {
            throw ToolFailure.of("auth", "credential '" + credential + "' has no " + field, false);
        }
        return String.valueOf(value);
    }
}
