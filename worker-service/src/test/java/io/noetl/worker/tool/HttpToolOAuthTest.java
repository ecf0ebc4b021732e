package io.noetl.worker.tool;

import static io.noetl.worker.tool.Contexts.credential;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.HttpStub;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code oauth2_client_credentials} (dsl.md §6.2, §10): a client-credentials token, cached, sent as Bearer. */
class HttpToolOAuthTest {

    private final AtomicInteger issued = new AtomicInteger();
    private final HttpStub stub = new HttpStub()
            .on("/api", 200, "text/plain", "in")
            .onRequest("/token", (ex, request) -> {
                boolean good = request.body().contains("grant_type=client_credentials") && request.body().contains("client_id=app")
                        && request.body().contains("client_secret=sh%21h") && request.body().contains("scope=read");
                byte[] body = ("{\"access_token\": \"at-" + issued.incrementAndGet() + "\", \"expires_in\": 3600}")
                        .getBytes(StandardCharsets.UTF_8);
                HttpStub.respond(ex, good ? 200 : 400, "application/json", good ? body : new byte[] {'{', '}'});
            })
            .on("/refused", 401, "application/json", "{\"error\": \"invalid_client\"}");
    private final HttpTool http = new HttpTool();

    @AfterEach
    void stop() {
        stub.close();
    }

    private ToolContext ctx(String tokenPath) {
        return Contexts.withCredentials(Map.of("oauth", credential("oauth", "oauth2_client_credentials", Map.of(
                "token_url", stub.url(tokenPath), "client_id", "app", "client_secret", "sh!h", "scope", "read"))));
    }

    private TaskResult call(ToolContext ctx) {
        return http.run(Map.of("kind", "http", "url", stub.url("/api"), "auth", "oauth"), ctx);
    }

    @Test
    void theTokenIsRequestedOnceAndSentAsBearer() {
        ToolContext ctx = ctx("/token");
        assertThat(call(ctx).ok()).isTrue();
        assertThat(stub.last().header("Authorization")).isEqualTo("Bearer at-1");
        assertThat(stub.seen().get(0).header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");

        assertThat(call(ctx).ok()).isTrue();
        assertThat(stub.last().header("Authorization")).as("cached until expires_in - 60 s").isEqualTo("Bearer at-1");
        assertThat(issued.get()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenRequestIsAnAuthErrorThatNamesNoSecret() {
        TaskResult r = call(ctx("/refused"));
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).containsEntry("kind", "auth");
        assertThat(String.valueOf(r.error().get("message"))).contains("'oauth'", "401").doesNotContain("sh!h");
        assertThat(stub.seen()).noneMatch(s -> s.uri().getPath().equals("/api"));
    }
}
