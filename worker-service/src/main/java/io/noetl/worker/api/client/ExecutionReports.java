package io.noetl.worker.api.client;

import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.service.Discovery;
import io.noetl.platform.service.PeerUnavailable;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import io.noetl.platform.auth.AuthConfig;

/**
 * Reports a command's events to execution-service (api.md §4.3) through discovery, with the internal token and
 * one idempotency key per command attempt. Unreachable or 503 → retried with backoff (discovery tries other
 * instances first); any other answer is final and returned as its status code (409 stale_lease: drop).
 */
@ApplicationScoped
public class ExecutionReports {

    private final Discovery discovery;
    private final WebClient http;
    private final String token;

    public ExecutionReports(Discovery discovery, Vertx vertx, AuthConfig auth) {
        this.discovery = discovery;
        this.http = WebClient.create(vertx);
        this.token = auth.internalToken().orElse("");
    }

    /** @return the HTTP status execution-service answered */
    public Uni<Integer> report(JsonObject batch, String idempotencyKey, Duration patience) {
        return discovery.call(RuntimeKind.EXECUTION_API, base -> http.postAbs(base + "/api/events/batch")
                        .putHeader("Idempotency-Key", idempotencyKey).putHeader("Authorization", "Bearer " + token)
                        .timeout(30_000).sendJsonObject(batch)
                        .map(r -> {
                            if (r.statusCode() == 503) throw new PeerUnavailable(base, 503);
                            return r.statusCode();
                        }))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).expireIn(patience.toMillis());
    }
}
