package io.noetl.scheduler.api.client;

import io.noetl.platform.auth.AuthConfig;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.service.Discovery;
import io.noetl.platform.service.PeerUnavailable;
import io.noetl.scheduler.config.SchedulerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Asks catalog-service whether a playbook exists at a path (and version), as a schedule must name one. */
@ApplicationScoped
public class CatalogClient {

    /** The kinds execution-service runs (api.md §4.1). */
    private static final Set<String> RUNNABLE = Set.of("playbook", "agent");

    private final Discovery discovery;
    private final WebClient http;
    private final AuthConfig auth;
    private final SchedulerConfig config;

    public CatalogClient(Discovery discovery, Vertx vertx, AuthConfig auth, SchedulerConfig config) {
        this.discovery = discovery;
        this.http = WebClient.create(vertx);
        this.auth = auth;
        this.config = config;
    }

    /** Null when a runnable entry exists, else why not (for `errors[].message`); 503 when the catalog is down. */
    public Uni<String> problem(String path, Integer version) {
        String uri = "/api/catalog/by-path?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
                + "&version=" + (version == null ? "latest" : version);
        return discovery.call(RuntimeKind.CATALOG_API, base -> PeerCalls.withToken(http.getAbs(base + uri), auth)
                .timeout(config.peers().timeout().toMillis()).send()
                .map(r -> {
                    if (r.statusCode() == 404 || r.statusCode() == 400) {
                        return "no playbook at '" + path + "'" + (version == null ? "" : " with version " + version) + " in the catalog";
                    }
                    if (r.statusCode() != 200) throw new PeerUnavailable(base + uri, r.statusCode());
                    String kind = r.bodyAsJsonObject().getString("kind");
                    return RUNNABLE.contains(kind) ? null : "'" + path + "' is a " + kind + ", not a playbook";
                }));
    }
}
