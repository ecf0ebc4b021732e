package io.noetl.scheduler.api;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in execution-service on loopback whose answer depends on the playbook path: `tests/flaky-*`
 * answers 503 twice then 201, `tests/refuse-*` 404, `tests/down-*` always 503. It records the
 * Idempotency-Key of every call, so tests see that a retry repeats the slot's key.
 */
public class StubExecutionResource implements QuarkusTestResourceLifecycleManager {

    static final List<String> KEYS = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> CALLS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong(900_000);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/executions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            KEYS.add(key);
            int calls = CALLS.merge(key, 1, Integer::sum);
            int status;
            String answer;
            if (body.contains("tests/refuse-")) {
                status = 404;
                answer = "{\"code\":\"not_found\",\"detail\":\"No playbook at this path.\"}";
            } else if (body.contains("tests/down-") || calls <= 2) {
                status = 503;
                answer = "{\"code\":\"db_unavailable\",\"detail\":\"busy\"}";
            } else {
                status = 201;
                answer = "{\"execution_id\":\"" + IDS.incrementAndGet() + "\",\"execution_status\":\"PENDING\",\"created\":true}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 201 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("noetl.runtime.discovery.execution-url", url,
                // Schedules of these tests are written with SQL; the catalog is never asked.
                "noetl.runtime.discovery.catalog-url", "http://127.0.0.1:9",
                "noetl.scheduler.start.backoff-base", "200ms", "noetl.scheduler.start.backoff-max", "1s");
    }

    @Override
    public void stop() {
        if (server != null) server.stop(0);
    }
}
