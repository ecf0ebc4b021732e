package io.noetl.worker.tool;

import io.noetl.testsupport.HttpStub;
import static io.noetl.worker.tool.Contexts.credential;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redirects the tool follows itself (HttpRedirects): method rules and credentials staying with their host. */
class HttpToolRedirectTest {

    private final HttpStub stub = new HttpStub();
    private final HttpTool http = new HttpTool();

    @AfterEach
    void stop() {
        stub.close();
    }

    private void redirect(String path, int status, String location) {
        stub.on(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            HttpStub.respond(ex, status, null, new byte[0]);
        });
    }

    @Test
    void seeOtherTurnsAPostIntoAGetWithoutBody_307KeepsBoth() {
        stub.on("/to", 200, "text/plain", "ok");
        redirect("/303", 303, "/to");
        redirect("/307", 307, "/to");

        http.run(Map.of("kind", "http", "method", "POST", "url", stub.url("/303"), "body", "x"), Contexts.none());
        assertThat(stub.last().method()).isEqualTo("GET");
        assertThat(stub.last().body()).isEmpty();

        http.run(Map.of("kind", "http", "method", "POST", "url", stub.url("/307"), "body", "x"), Contexts.none());
        assertThat(stub.last().method()).isEqualTo("POST");
        assertThat(stub.last().body()).isEqualTo("x");
    }

    @Test
    void theAuthorizationHeaderIsDroppedWhenTheRedirectLeavesTheHost() {
        stub.on("/to", 200, "text/plain", "ok");
        redirect("/same", 302, "/to");
        redirect("/other", 302, stub.url("/to").replace("127.0.0.1", "localhost"));
        ToolContext ctx = Contexts.withCredentials(Map.of("t", credential("t", "bearer", Map.of("token", "tok"))));

        http.run(Map.of("kind", "http", "url", stub.url("/same"), "auth", "t"), ctx);
        assertThat(stub.last().header("Authorization")).isEqualTo("Bearer tok");

        TaskResult result = http.run(Map.of("kind", "http", "url", stub.url("/other"), "auth", "t"), ctx);
        assertThat(result.ok()).isTrue();
        assertThat(stub.last().uri().getPath()).isEqualTo("/to");
        assertThat(stub.last().header("Authorization")).isNull();
    }
}
