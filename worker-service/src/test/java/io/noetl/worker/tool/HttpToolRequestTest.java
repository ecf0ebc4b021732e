package io.noetl.worker.tool;

import io.noetl.testsupport.HttpStub;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the tool sends: method, params, headers and the body encodings of dsl.md §6.2. */
class HttpToolRequestTest {

    private final HttpStub stub = new HttpStub();
    private final HttpTool http = new HttpTool();

    @BeforeEach
    void start() {
        stub.on("/echo", 200, "text/plain", "ok");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private HttpStub.Seen send(Map<String, Object> extra) {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("kind", "http", "url", stub.url("/echo?fixed=1")));
        fields.putAll(extra);
        assertThat(http.run(fields, Contexts.none()).ok()).isTrue();
        return stub.last();
    }

    @Test
    void paramsAreEncodedAndListsRepeatTheKey() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", "a b&c");
        params.put("tag", List.of("x", "y"));

        HttpStub.Seen seen = send(Map.of("params", params));

        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.uri().getRawQuery()).isEqualTo("fixed=1&q=a%20b%26c&tag=x&tag=y");
    }

    @Test
    void headersAreSent() {
        HttpStub.Seen seen = send(Map.of("headers", Map.of("X-Trace", "t-1")));

        assertThat(seen.header("X-Trace")).isEqualTo("t-1");
    }

    @Test
    void aMapBodyIsSentAsJson() {
        HttpStub.Seen seen = send(Map.of("method", "post", "body", Map.of("a", 1)));

        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.header("Content-Type")).isEqualTo("application/json");
        assertThat(seen.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aStringBodyIsSentAsIs() {
        HttpStub.Seen seen = send(Map.of("method", "PUT", "body", "raw <text>",
                "headers", Map.of("Content-Type", "text/plain")));

        assertThat(seen.body()).isEqualTo("raw <text>");
        assertThat(seen.header("Content-Type")).isEqualTo("text/plain");
    }

    @Test
    void aFormContentTypeFormEncodesAMapBody() {
        HttpStub.Seen seen = send(Map.of("method", "POST", "body", Map.of("grant type", "x=y"),
                "headers", Map.of("content-type", "application/x-www-form-urlencoded")));

        assertThat(seen.body()).isEqualTo("grant%20type=x%3Dy");
    }

    @Test
    void theJsonFieldSendsAnyValueAsJson() {
        HttpStub.Seen seen = send(Map.of("method", "PATCH", "json", List.of(1, "two")));

        assertThat(seen.method()).isEqualTo("PATCH");
        assertThat(seen.body()).isEqualTo("[1,\"two\"]");
        assertThat(seen.header("Content-Type")).isEqualTo("application/json");
    }
}
