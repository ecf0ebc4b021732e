package io.noetl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.e2e.cluster.Cluster;
import io.noetl.testsupport.HttpStub;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The http tool through real services (dsl.md §6.2, §7, §8): 200, 404 handled by an arc, 500 retried by a task
 * policy until it succeeds, a timeout; and a parallel loop of 100 calls with {@code output.select}.
 */
class HttpStepsE2ETest {

    private static Cluster cluster;
    private static HttpStub stub;
    private static final AtomicInteger flakyCalls = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.get();
        cluster.sharedWorker();
        stub = new HttpStub()
                .on("/ok", 200, "application/json", "{\"v\": 1}")
                .on("/missing", 404, "application/json", "{\"error\": \"no such thing\"}")
                .on("/flaky", ex -> {
                    int n = flakyCalls.incrementAndGet();
                    if (n < 3) HttpStub.respond(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
                    else HttpStub.respond(ex, 200, "application/json", ("{\"n\": " + n + "}").getBytes(StandardCharsets.UTF_8));
                })
                .on("/slow", ex -> {
                    sleep(Duration.ofSeconds(5));
                    HttpStub.respond(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
                })
                .onRequest("/square", (ex, request) -> {
                    int n = number(request.body());
                    HttpStub.respond(ex, 200, "application/json", ("{\"sq\": " + n * n + "}").getBytes(StandardCharsets.UTF_8));
                });
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void okNotFoundRetriedServerErrorAndTimeoutEachEndAsTheDslSays() {
        String path = "e2e/http-" + UUID.randomUUID().toString().substring(0, 8);
        cluster.register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: http, path: %s}
                workload: {base: "%s"}
                workflow:
                  - step: fine
                    tool: {kind: http, url: "{{ base }}/ok"}
                    next: missing
                  - step: missing
                    tool: {kind: http, url: "{{ base }}/missing"}
                    next:
                      arcs:
                        - step: flaky
                          when: "{{ outcome.status == 'error' }}"
                          set: {ctx.missing: "{{ outcome.error.kind ~ ' ' ~ outcome.error.code ~ ' ' ~ outcome.http.status }}"}
                  - step: flaky
                    tool:
                      - name: call
                        kind: http
                        url: "{{ base }}/flaky"
                        spec:
                          policy:
                            rules:
                              - when: "{{ outcome.status == 'error' and outcome.error.retryable }}"
                                then: {do: retry, attempts: 5, delay: 0.1}
                              - else: {then: {do: continue, set: {ctx.flaky_attempts: "{{ _attempt }}"}}}
                    next: slow
                  - step: slow
                    tool: {kind: http, url: "{{ base }}/slow", timeout: 1}
                    next:
                      arcs:
                        - step: summary
                          when: "{{ outcome.status == 'error' }}"
                          set: {ctx.slow: "{{ outcome.error.kind }}"}
                  - step: summary
                    tool:
                      kind: noop
                      args: {fine: "{{ fine.data.v }}", missing: "{{ ctx.missing }}", flaky: "{{ flaky.data.n }}",
                             attempts: "{{ ctx.flaky_attempts }}", slow: "{{ ctx.slow }}"}
                """.formatted(path, stub.url("")));
        String id = cluster.start(path, Map.of());
        assertThat(cluster.awaitTerminal(id, Duration.ofSeconds(90))).isEqualTo("COMPLETED");

        var result = cluster.result(id);
        assertThat(result.getInt("result.fine")).isEqualTo(1);
        assertThat(result.getString("result.missing")).isEqualTo("client_error HTTP_404 404");
        assertThat(result.getInt("result.flaky")).isEqualTo(3);
        assertThat(result.getInt("result.attempts")).as("two retries on the worker, the third attempt ok").isEqualTo(3);
        assertThat(result.getString("result.slow")).isEqualTo("timeout");
        assertThat(stub.seen().stream().filter(s -> s.uri().getPath().equals("/flaky")).count()).isEqualTo(3);
        assertThat(stub.seen().stream().filter(s -> s.uri().getPath().equals("/slow")).count()).as("no policy: no retry").isEqualTo(1);
    }

    @Test
    void aParallelLoopOfOneHundredCallsKeepsItemOrder() {
        String path = "e2e/loop-" + UUID.randomUUID().toString().substring(0, 8);
        cluster.register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: loop100, path: %s}
                workload: {base: "%s", items: []}
                workflow:
                  - step: squares
                    loop: {in: "{{ items }}", iterator: n, spec: {mode: parallel, max_in_flight: 16}}
                    tool: {kind: http, method: POST, url: "{{ base }}/square", json: {n: "{{ n }}"}, output: {select: "$.data.sq"}}
                """.formatted(path, stub.url("")));
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        String id = cluster.start(path, Map.of("items", items));
        assertThat(cluster.awaitTerminal(id, Duration.ofSeconds(120))).isEqualTo("COMPLETED");

        var result = cluster.result(id);
        assertThat(result.getList("result.results", Integer.class)).isEqualTo(items.stream().map(n -> n * n).toList());
        assertThat(result.getInt("result.stats.total")).isEqualTo(100);
        List<Integer> asked = stub.seen().stream().filter(s -> s.uri().getPath().equals("/square"))
                .map(s -> number(s.body())).sorted().toList();
        assertThat(asked).as("every item called exactly once").isEqualTo(items);
    }

    private static int number(String body) {
        Matcher m = Pattern.compile("\"n\"\\s*:\\s*(\\d+)").matcher(body);
        if (!m.find()) throw new IllegalStateException("no n in " + body);
        return Integer.parseInt(m.group(1));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
