package io.noetl.worker.tool;

import io.noetl.testsupport.HttpStub;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Network failures, the attempt timeout and cancellation. */
class HttpToolFailureTest {

    private final HttpStub stub = new HttpStub();
    private final HttpTool http = new HttpTool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        stub.close();
    }

    private void slowEndpoint(AtomicBoolean arrived) {
        stub.on("/slow", ex -> {
            arrived.set(true);
            try {
                release.await(20, TimeUnit.SECONDS);   // answers only when the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            HttpStub.respond(ex, 200, "text/plain", new byte[] {'x'});
        });
    }

    @Test
    void aSlowServerIsARetryableTimeout() {
        slowEndpoint(new AtomicBoolean());

        TaskResult result = http.run(Map.of("kind", "http", "url", stub.url("/slow")),
                Contexts.timeout(Duration.ofMillis(300)));

        assertThat(result.error()).containsEntry("kind", "timeout").containsEntry("retryable", true);
    }

    @Test
    void cancellationStopsTheWait() {
        AtomicBoolean arrived = new AtomicBoolean();
        slowEndpoint(arrived);

        TaskResult result = http.run(Map.of("kind", "http", "url", stub.url("/slow")),
                Contexts.cancelledWhen(arrived::get));

        assertThat(result.error()).containsEntry("kind", "cancelled").containsEntry("retryable", false);
    }

    @Test
    void aRefusedConnectionIsARetryableConnectionError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();   // free again once closed: nothing listens there
        }

        TaskResult result = http.run(Map.of("kind", "http", "url", "http://127.0.0.1:" + closedPort + "/"),
                Contexts.none());

        assertThat(result.error()).containsEntry("kind", "connection").containsEntry("retryable", true);
    }

    @Test
    void badFieldsAreConfigErrors() {
        assertThat(http.run(Map.of("kind", "http"), Contexts.none()).error()).containsEntry("kind", "config");
        assertThat(http.run(Map.of("kind", "http", "url", "ftp://x/"), Contexts.none()).error())
                .containsEntry("kind", "config");
        assertThat(http.run(Map.of("kind", "http", "url", stub.url("/"), "method", "BREW"), Contexts.none()).error())
                .containsEntry("kind", "config");
        assertThat(http.run(Map.of("kind", "http", "url", stub.url("/"), "body", "a", "json", Map.of()),
                Contexts.none()).error()).containsEntry("kind", "config");
    }
}
