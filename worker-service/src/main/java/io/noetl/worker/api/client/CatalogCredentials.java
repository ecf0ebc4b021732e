package io.noetl.worker.api.client;

import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.service.Discovery;
import io.noetl.worker.tool.CredentialSource;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import io.noetl.platform.auth.AuthConfig;

/**
 * Credentials from catalog-service (dsl.md §10): {@code include_data=true} with the internal token, decrypted data
 * kept in memory for one command only, never logged. Tools call it from worker threads, so it blocks.
 */
@ApplicationScoped
public class CatalogCredentials implements CredentialSource {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Discovery discovery;
    private final WebClient http;
    private final String token;

    public CatalogCredentials(Discovery discovery, Vertx vertx, AuthConfig auth) {
        this.discovery = discovery;
        this.http = WebClient.create(vertx);
        this.token = auth.internalToken().orElse("");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(String name) {
        String path = "/api/credentials/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "?include_data=true";
        String body = discovery.call(RuntimeKind.CATALOG_API, base -> http.getAbs(base + path)
                        .putHeader("Authorization", "Bearer " + token).timeout(10_000).send()
                        .map(r -> {
                            if (r.statusCode() == 404) throw new CredentialProblem("credential '" + name + "' does not exist");
                            if (r.statusCode() != 200) throw new CredentialProblem("credential '" + name + "' could not be read (" + r.statusCode() + ")");
                            return r.bodyAsString();
                        }))
                .await().atMost(Duration.ofSeconds(30));
        try {
            return JSON.readValue(body, Map.class);
        } catch (java.io.IOException e) {
            throw new CredentialProblem("credential '" + name + "' came back unreadable");
        }
    }
}
