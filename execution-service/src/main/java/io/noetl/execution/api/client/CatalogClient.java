package io.noetl.execution.api.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.model.ResolvedPlaybook;
import io.noetl.platform.error.NotFound;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.service.Discovery;
import io.noetl.platform.service.PeerUnavailable;
import io.noetl.playbook.model.PlaybookReader;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Reads catalog entries from catalog-service through discovery (architecture.md §5): by id, or by path and
 * version ({@code latest} by default). A 404 names what was asked for; other failures are the peer's.
 */
@ApplicationScoped
public class CatalogClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Discovery discovery;
    private final WebClient http;
    private final ExecutionConfig config;

    public CatalogClient(Discovery discovery, Vertx vertx, ExecutionConfig config) {
        this.discovery = discovery;
        this.http = WebClient.create(vertx);
        this.config = config;
    }

    public Uni<ResolvedPlaybook> byId(long catalogId) {
        return get("/api/catalog/" + catalogId, "No catalog entry " + catalogId + ".");
    }

    public Uni<ResolvedPlaybook> byPath(String path, String version) {
        return get("/api/catalog/by-path?path=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)
                + "&version=" + version, "No playbook at path '" + path + "' with version " + version + ".");
    }

    private Uni<ResolvedPlaybook> get(String uri, String notFound) {
        return discovery.call(RuntimeKind.CATALOG_API, base -> http.getAbs(base + uri)
                .timeout(config.catalog().timeout().toMillis()).send()
                .map(r -> answer(base + uri, r, notFound)));
    }

    @SuppressWarnings("unchecked")
    private static ResolvedPlaybook answer(String uri, HttpResponse<?> r, String notFound) {
        if (r.statusCode() == 404 || r.statusCode() == 400) throw new NotFound(notFound);
        // Any other failure is this instance's: discovery tries the next one, then answers 503.
        if (r.statusCode() != 200) throw new PeerUnavailable(uri, r.statusCode());
        try {
            Map<String, Object> entry = JSON.readValue(r.bodyAsString(), Map.class);
            String kind = String.valueOf(entry.get("kind"));
            boolean deleted = entry.get("deleted_at") != null;
            Map<String, Object> payload = (Map<String, Object>) entry.get("payload");
            var playbook = "playbook".equals(kind) && payload != null ? PlaybookReader.read(payload) : null;
            return new ResolvedPlaybook(Long.parseLong(String.valueOf(entry.get("catalog_id"))), (String) entry.get("path"),
                    ((Number) entry.get("version")).intValue(), kind, deleted, playbook);
        } catch (java.io.IOException | RuntimeException e) {
            throw new PeerUnavailable(uri, 502);
        }
    }
}
