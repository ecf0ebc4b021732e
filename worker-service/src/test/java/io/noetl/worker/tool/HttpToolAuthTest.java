package io.noetl.worker.tool;

import io.noetl.testsupport.HttpStub;
import static io.noetl.worker.tool.Contexts.credential;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code auth: <credential>} through the CredentialSource (dsl.md §6.2, §10). */
class HttpToolAuthTest {

    private final HttpStub stub = new HttpStub().on("/secure", 200, "text/plain", "in");
    private final HttpTool http = new HttpTool();
    private final ToolContext ctx = Contexts.withCredentials(Map.of(
            "basic", credential("basic", "http_basic", Map.of("username", "ann", "password", "s3cret")),
            "token", credential("token", "bearer", Map.of("token", "tok-123")),
            "key", credential("key", "api_key", Map.of("value", "k-1")),
            "key_custom", credential("key_custom", "api_key", Map.of("value", "k-2", "header", "X-Custom")),
            "key_query", credential("key_query", "api_key", Map.of("value", "k 3", "in", "query", "name", "apikey")),
            "db", credential("db", "postgres", Map.of("host", "h"))));

    @AfterEach
    void stop() {
        stub.close();
    }

    private TaskResult call(String auth) {
        return http.run(Map.of("kind", "http", "url", stub.url("/secure"), "auth", auth), ctx);
    }

    @Test
    void httpBasicSendsABasicHeader() {
        call("basic");

        assertThat(stub.last().header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("ann:s3cret".getBytes()));
    }

    @Test
    void bearerSendsABearerHeader() {
        call("token");

        assertThat(stub.last().header("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void apiKeyGoesToItsHeaderOrQueryParameter() {
        call("key");
        assertThat(stub.last().header("X-API-Key")).isEqualTo("k-1");

        call("key_custom");
        assertThat(stub.last().header("X-Custom")).isEqualTo("k-2");

        call("key_query");
        assertThat(stub.last().uri().getRawQuery()).isEqualTo("apikey=k%203");
    }

    @Test
    void anUnsuitableOrMissingCredentialIsAnAuthErrorNamingIt() {
        TaskResult unsuitable = call("db");
        TaskResult missing = call("nope");

        assertThat(unsuitable.error()).containsEntry("kind", "auth");
        assertThat((String) unsuitable.error().get("message")).contains("'db'").contains("postgres");
        assertThat(missing.error()).containsEntry("kind", "auth");
        assertThat((String) missing.error().get("message")).contains("'nope'");
        assertThat(stub.seen()).isEmpty();   // nothing was sent without its credential
    }
}
