package io.noetl.worker.tool;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of {@code oauth2_client_credentials} credentials for the http tool's {@code auth} (dsl.md §6.2,
 * §10): a client-credentials request to {@code token_url} (checked by the SSRF policy like any hop), cached in
 * this worker's memory until {@code expires_in} minus 60 s (1 h without it). Messages name the credential only.
 */
final class OAuthTokens {

    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Duration DEFAULT_LIFE = Duration.ofHours(1);
    private static final long MAX_TOKEN_RESPONSE = 64 * 1024;

    private record Token(String value, Instant refreshAt) {
    }

    private final Map<String, Token> cache = new ConcurrentHashMap<>();
    private final HttpClient client;
    private final SsrfPolicy ssrf;
    private final Clock clock;

    OAuthTokens(HttpClient client, SsrfPolicy ssrf, Clock clock) {
        this.client = client;
        this.ssrf = ssrf;
        this.clock = clock;
    }

    String token(String credential, Map<String, Object> data, ToolContext ctx, Instant deadline) {
        String key = String.join("\u0000", credential, text(data, "token_url", credential), text(data, "client_id", credential),
                String.valueOf(data.get("scope")));
        Token cached = cache.get(key);
        if (cached != null && clock.instant().isBefore(cached.refreshAt())) return cached.value();
        Token fresh = request(credential, data, ctx, deadline);
        cache.put(key, fresh);
        return fresh.value();
    }

    private Token request(String credential, Map<String, Object> data, ToolContext ctx, Instant deadline) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", text(data, "client_id", credential));
        form.put("client_secret", text(data, "client_secret", credential));
        if (data.get("scope") != null) form.put("scope", String.valueOf(data.get("scope")));
        HttpRequestSpec spec = new HttpRequestSpec("POST", HttpRequestSpec.parse(text(data, "token_url", credential)),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
                HttpBodies.formEncode(form).getBytes(StandardCharsets.UTF_8), false);
        ssrf.check(spec.uri());
        HttpResponse<byte[]> response = new HttpExchange(client, ctx, deadline).send(spec, MAX_TOKEN_RESPONSE);
        if (response.statusCode() / 100 != 2) {
            throw ToolFailure.of("auth", "the token request of credential '" + credential + "' was answered "
                    + response.statusCode(), response.statusCode() == 429 || response.statusCode() >= 500);
        }
        Object body = HttpResponses.decode(response.body(), "application/json");
        if (!(body instanceof Map<?, ?> json) || !(json.get("access_token") instanceof String token) || token.isEmpty()) {
            throw ToolFailure.of("auth", "the token response of credential '" + credential + "' has no access_token", false);
        }
        Duration life = json.get("expires_in") instanceof Number n ? Duration.ofSeconds(n.longValue()) : DEFAULT_LIFE;
        Duration keep = life.compareTo(MARGIN.multipliedBy(2)) > 0 ? life.minus(MARGIN) : life.dividedBy(2);
        return new Token(token, clock.instant().plus(keep));
    }

    private static String text(Map<String, Object> data, String field, String credential) {
        Object value = data.get(field);
        if (value == null || String.valueOf(value).isEmpty()) {
            throw ToolFailure.of("auth", "credential '" + credential + "' has no " + field, false);
        }
        return String.valueOf(value);
    }
}
