package io.noetl.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The REST calls a user makes: register a playbook on catalog-service, start executions on execution-service. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One start: its id, when it was sent (epoch ms, this machine's clock) and how long the call took. */
    record Started(long executionId, double sentAtMs, double apiMs) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String catalogUrl;
    private final String executionUrl;

    Api(String catalogUrl, String executionUrl) {
        this.catalogUrl = catalogUrl;
        this.executionUrl = executionUrl;
    }

    void register(String yaml) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(catalogUrl + "/api/catalog/register"))
                .header("Content-Type", "application/yaml").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) throw new IllegalStateException("register answered " + r.statusCode() + ": " + r.body());
    }

    Started execute(String path) throws IOException, InterruptedException {
        try {
            return executeAsync(path).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        }
    }

    /** POST /api/executions {"path": …}; completes with the new execution's id. */
    CompletableFuture<Started> executeAsync(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(executionUrl + "/api/executions"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\": \"" + path + "\"}")).build();
        double sentAt = nowMs();
        long t0 = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() / 100 != 2) throw new IllegalStateException("execute answered " + r.statusCode() + ": " + r.body());
            return new Started(id(r.body()), sentAt, ms);
        });
    }

    /** This machine's clock in epoch milliseconds with the microseconds Linux gives, comparable to now() in the DB. */
    static double nowMs() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
    }

    private static long id(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return Long.parseLong(node.path("execution_id").asText());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("no execution_id in " + body, e);
        }
    }
}
