package io.noetl.execution.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.KeychainAddress;
import io.noetl.execution.model.KeychainInput;
import io.noetl.execution.model.KeychainScope;
import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.error.ProblemCode;
import io.noetl.platform.error.TooLarge;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.JsonBodies;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Types the JSON of `POST /api/keychain/{catalog_id}/{keychain_name}`: a wrong JSON type is a 400 naming the
 * field, token_data over 64 KiB a 413, and every broken rule is listed in one 422. Messages never quote values.
 */
final class KeychainBodies {

    static final int MAX_TOKEN_BYTES = 64 * 1024;
    /** dsl.md §10: a cached value lives 1 h unless told otherwise. */
    static final double DEFAULT_TTL_SECONDS = 3600;
    /** Ten years: far beyond any token, and well inside what a timestamptz can hold. */
    static final double MAX_TTL_SECONDS = 315_360_000;

    private KeychainBodies() {
    }

    static KeychainInput parse(String body, long catalogId, String name, ObjectMapper json) {
        JsonNode root = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES, json);
        JsonNode token = object(root, "token_data");
        if (token != null && token.toString().getBytes(StandardCharsets.UTF_8).length > MAX_TOKEN_BYTES) {
            throw new TooLarge("The token_data is over the " + MAX_TOKEN_BYTES + "-byte limit.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (token == null) errors.add(FieldError.of("/token_data", "is required"));
        String credentialType = JsonBodies.text(root, "credential_type");
        if (credentialType == null || credentialType.isBlank() || credentialType.length() > 128) {
            errors.add(FieldError.of("/credential_type", "is required, 1-128 characters"));
        }
        String cacheType = oneOf(root, "cache_type", "token", List.of("token", "secret"), errors);
        String scopeText = oneOf(root, "scope_type", "global", List.of("global", "local", "shared"), errors);
        KeychainScope scope = KeychainScope.parse(scopeText).orElse(KeychainScope.GLOBAL);
        Long execution = id(root, "execution_id", errors);
        Long parent = id(root, "parent_execution_id", errors);
        if (scope.needsExecution() && execution == null && errors.stream().noneMatch(e -> e.path().equals("/execution_id"))) {
            errors.add(FieldError.of("/execution_id", "is required when scope_type is " + scope.wire()));
        }
        OffsetDateTime expiresAt = timestamp(root, "expires_at");
        double ttl = ttl(root, errors);
        Boolean autoRenew = bool(root, "auto_renew");
        JsonNode renewConfig = object(root, "renew_config");
        if (!errors.isEmpty()) throw new Invalid("The keychain entry cannot be stored; every problem is listed.", errors);
        return new KeychainInput(new KeychainAddress(name, catalogId, scope, execution, "/execution_id"), token,
                credentialType, cacheType, parent, expiresAt, ttl, Boolean.TRUE.equals(autoRenew), renewConfig);
    }

    private static JsonNode object(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw JsonBodies.wrongType("/" + field, "must be an object");
        return n;
    }

    private static String oneOf(JsonNode root, String field, String fallback, List<String> allowed, List<FieldError> errors) {
        String value = JsonBodies.text(root, field);
        if (value == null) return fallback;
        if (allowed.contains(value)) return value;
        errors.add(FieldError.of("/" + field, "must be one of " + String.join(", ", allowed)));
        return fallback;
    }

    /** Ids come as a string or a JSON integer (api.md §1.2); another number is a 422, another type a 400. */
    private static Long id(JsonNode root, String field, List<FieldError> errors) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual() && !n.isNumber()) throw JsonBodies.wrongType("/" + field, "must be an id (string or integer)");
        try {
            return Ids.bodyField("/" + field, n.isIntegralNumber() || n.isTextual() ? n.asText() : "not-an-id");
        } catch (Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static double ttl(JsonNode root, List<FieldError> errors) {
        JsonNode n = root.get("ttl_seconds");
        if (n == null || n.isNull()) return DEFAULT_TTL_SECONDS;
        if (!n.isNumber()) throw JsonBodies.wrongType("/ttl_seconds", "must be a number of seconds");
        double ttl = n.asDouble();
        if (ttl > 0 && ttl <= MAX_TTL_SECONDS) return ttl;
        errors.add(FieldError.of("/ttl_seconds", "must be above 0 and at most " + (long) MAX_TTL_SECONDS));
        return DEFAULT_TTL_SECONDS;
    }

    /** api.md §1.1: an input timestamp must carry an offset, else the request cannot be read. */
    private static OffsetDateTime timestamp(JsonNode root, String field) {
        String text = JsonBodies.text(root, field);
        if (text == null) return null;
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest(ProblemCode.BAD_REQUEST, "The field /" + field + " is not a timestamp with an offset.",
                    List.of(FieldError.of("/" + field, "must be an ISO-8601 timestamp with an offset, e.g. 2026-01-01T00:00:00Z")));
        }
    }

    private static Boolean bool(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isBoolean()) throw JsonBodies.wrongType("/" + field, "must be true or false");
        return n.booleanValue();
    }
}
