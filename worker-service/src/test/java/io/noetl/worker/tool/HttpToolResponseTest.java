package io.noetl.worker.tool;

import io.noetl.testsupport.HttpStub;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How responses become results and error outcomes (dsl.md §6.2). */
class HttpToolResponseTest {

    private final HttpStub stub = new HttpStub();
    private final HttpTool http = new HttpTool();

    @AfterEach
    void stop() {
        stub.close();
    }

    private TaskResult get(String path) {
        return http.run(Map.of("kind", "http", "url", stub.url(path)), Contexts.none());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> response(TaskResult result) {
        return (Map<String, Object>) result.data();
    }

    @Test
    void jsonAndPlusJsonBodiesAreParsed() {
        stub.on("/json", 200, "application/json; charset=utf-8", "{\"items\":[1,2],\"ok\":true}")
                .on("/problem", 200, "application/problem+json", "{\"title\":\"x\"}");

        TaskResult json = get("/json");

        assertThat(json.ok()).isTrue();
        assertThat(response(json)).containsEntry("status", 200)
                .containsEntry("data", Map.of("items", List.of(1, 2), "ok", true));
        assertThat((Map<String, Object>) response(json).get("headers")).containsKey("content-type");
        assertThat(json.http()).containsEntry("status", 200);
        assertThat(response(get("/problem")).get("data")).isEqualTo(Map.of("title", "x"));
    }

    @Test
    void textAndXmlStayText_otherTypesAreBase64() {
        stub.on("/text", 200, "text/plain", "héllo").on("/xml", 200, "application/xml", "<a/>")
                .on("/bin", 200, "application/octet-stream", "\u0001\u0002");

        assertThat(response(get("/text")).get("data")).isEqualTo("héllo");
        assertThat(response(get("/xml")).get("data")).isEqualTo("<a/>");
        assertThat(response(get("/bin")).get("data")).isEqualTo(Base64.getEncoder().encodeToString(new byte[] {1, 2}));
    }

    @Test
    void notFoundIsANonRetryableClientErrorCarryingTheResponse() {
        stub.on("/missing", 404, "application/json", "{\"error\":\"no such thing\"}");

        TaskResult result = get("/missing");

        assertThat(result.status()).isEqualTo("error");
        assertThat(result.error()).containsEntry("kind", "client_error").containsEntry("retryable", false)
                .containsEntry("code", "HTTP_404");
        assertThat(response(result)).containsEntry("status", 404).containsEntry("data", Map.of("error", "no such thing"));
        assertThat(result.http()).containsEntry("status", 404).containsKey("headers");
    }

    @Test
    void serverErrorsAndRateLimitsAreRetryable_authFailuresAreNot() {
        stub.on("/500", 500, "text/plain", "boom").on("/429", 429, "text/plain", "slow down")
                .on("/401", 401, "text/plain", "who are you");

        assertThat(get("/500").error()).containsEntry("kind", "server_error").containsEntry("retryable", true)
                .containsEntry("code", "HTTP_500");
        assertThat(get("/429").error()).containsEntry("kind", "rate_limit").containsEntry("retryable", true);
        assertThat(get("/401").error()).containsEntry("kind", "auth").containsEntry("retryable", false);
    }

    @Test
    void aBodyOverTheCapIsResultTooLarge() {
        stub.on("/big", 200, "text/plain", "x".repeat(10_000));

        TaskResult result = new HttpTool(SsrfPolicy.allowAll(), 4096)
                .run(Map.of("kind", "http", "url", stub.url("/big")), Contexts.none());

        assertThat(result.error()).containsEntry("kind", "result_too_large").containsEntry("retryable", false);
    }

    @Test
    void redirectsAreFollowedUnlessSwitchedOff() {
        stub.on("/from", ex -> {
            ex.getResponseHeaders().add("Location", "/to");
            HttpStub.respond(ex, 302, null, new byte[0]);
        }).on("/to", 200, "text/plain", "arrived");

        assertThat(response(get("/from")).get("data")).isEqualTo("arrived");
        TaskResult notFollowed = http.run(Map.of("kind", "http", "url", stub.url("/from"), "follow_redirects", false),
                Contexts.none());
        assertThat(response(notFollowed)).containsEntry("status", 302);
    }

    @Test
    void aRedirectLoopStopsAfterFiveHops() {
        stub.on("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            HttpStub.respond(ex, 302, null, new byte[0]);
        });

        TaskResult result = get("/loop");

        assertThat(result.error()).containsEntry("kind", "connection");
        assertThat(stub.seen()).hasSize(6);   // the first request and five redirects
    }
}
