package io.noetl.scheduler.api.client;

import io.noetl.platform.auth.AuthConfig;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.service.Discovery;
import io.noetl.platform.service.PeerUnavailable;
import io.noetl.platform.web.Timestamps;
import io.noetl.scheduler.config.SchedulerConfig;
import io.noetl.scheduler.model.ClaimedFire;
import io.noetl.scheduler.model.StartOutcome;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Starts executions through execution-service ({@code POST /api/executions}) under the fire's idempotency
 * key, so a retried or repeated start returns the first execution. 2xx = started, another 4xx = refused for
 * good; 5xx, timeouts and unreachable instances are {@link StartOutcome.Unreachable}: the slot is retried.
 */
@ApplicationScoped
public class ExecutionClient {

    /** Execution statuses a run may show (the schedule_fire status check). */
    public static final java.util.Set<String> RUN_STATUSES = java.util.Set.of("PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED");

    private final Discovery discovery;
    private final WebClient http;
    private final AuthConfig auth;
    private final SchedulerConfig config;

    public ExecutionClient(Discovery discovery, Vertx vertx, AuthConfig auth, SchedulerConfig config) {
        this.discovery = discovery;
        this.http = WebClient.create(vertx);
        this.auth = auth;
        this.config = config;
    }

    public Uni<StartOutcome> start(ClaimedFire fire) {
        JsonObject body = new JsonObject().put("path", fire.playbookPath())
                .put("payload", fire.inputPayload() == null ? new JsonObject() : new JsonObject(fire.inputPayload()))
                .put("idempotency_key", fire.idempotencyKey())
                .put("trigger", new JsonObject().put("type", "schedule").put("schedule_id", Long.toString(fire.scheduleId()))
                        .put("fire_time", Timestamps.wire(fire.fireTime().atOffset(ZoneOffset.UTC))));
        if (fire.playbookVersion() != null) body.put("version", fire.playbookVersion());
        return discovery.call(RuntimeKind.EXECUTION_API, base -> PeerCalls.withToken(http.postAbs(base + "/api/executions"), auth)
                        .putHeader("Idempotency-Key", fire.idempotencyKey())
                        .timeout(config.peers().timeout().toMillis())
                        .sendJsonObject(body)
                        .map(r -> outcome(base, r)))
                .onFailure().recoverWithItem(e -> new StartOutcome.Unreachable(e.getMessage()));
    }

    /** The execution's current status, or null when execution-service does not know it (yet). */
    public Uni<String> status(long executionId) {
        return discovery.call(RuntimeKind.EXECUTION_API, base -> PeerCalls.withToken(http.getAbs(base + "/api/executions/" + executionId + "/status"), auth)
                .timeout(config.peers().timeout().toMillis()).send()
                .map(r -> r.statusCode() == 200 ? r.bodyAsJsonObject().getString("status") : null));
    }

    private static StartOutcome outcome(String base, HttpResponse<Buffer> r) {
        int status = r.statusCode();
        if (status == 200 || status == 201) {
            Map<String, Object> body = r.bodyAsJsonObject().getMap();
            String state = String.valueOf(body.get("execution_status"));
            return new StartOutcome.Started(Long.parseLong(String.valueOf(body.get("execution_id"))),
                    RUN_STATUSES.contains(state) ? state : "PENDING");
        }
        // 408 and 429 say "not now", like 5xx: the same slot is tried again later.
        if (status >= 400 && status < 500 && status != 408 && status != 429) return new StartOutcome.Refused(status, PeerCalls.detail(r));
        throw new PeerUnavailable(base + "/api/executions", status);
    }
}
