package io.noetl.platform.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.noetl.platform.PgTestBase;
import io.noetl.platform.TestRuntimeConfig;
import io.noetl.platform.error.Unavailable;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.store.RuntimeRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.http.HttpServer;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery against real registry rows and a real HTTP peer on loopback. */
class DiscoveryTest extends PgTestBase {

    private final RuntimeRepository runtimes = new RuntimeRepository();
    private HttpServer peer;
    private WebClient http;
    private String liveUri;
    private String deadUri;

    @BeforeEach
    void peers() throws Exception {
        // catalog_api rows belong to this test class only: no service runs in this module's tests.
        sql("DELETE FROM runtime WHERE kind = 'catalog_api'");
        peer = vertx.createHttpServer().requestHandler(req -> req.response().endAndForget("pong"))
                .listen(0).await().atMost(WAIT);
        liveUri = "http://localhost:" + peer.actualPort();
        try (ServerSocket s = new ServerSocket(0)) {
            deadUri = "http://localhost:" + s.getLocalPort(); // closed again: connections are refused
        }
        http = WebClient.create(vertx);
    }

    @AfterEach
    void close() {
        http.close();
        peer.close().await().atMost(WAIT);
    }

    private void register(String uri, String status) {
        String name = "disc-" + UUID.randomUUID();
        long id = sql("INSERT INTO runtime (kind, name, uri, status) VALUES ('catalog_api', $1, $2, 'ready') RETURNING runtime_id",
                name, uri).get(0).getLong(0);
        sql("UPDATE runtime SET status = $1 WHERE runtime_id = $2", status, id);
    }

    private Uni<String> ping(String base) {
        return http.getAbs(base + "/ping").send().map(r -> r.bodyAsString() + "@" + base);
    }

    @Test
    void findsOnlyReadyInstancesWithAFreshHeartbeat() {
        register(liveUri, "ready");
        register("http://draining:1", "draining");
        register("http://offline:1", "offline");
        Discovery discovery = new Discovery(pool, runtimes, TestRuntimeConfig.of("execution_api", "d"));
        assertThat(discovery.endpoints(RuntimeKind.CATALOG_API).await().atMost(WAIT)).containsExactly(liveUri);
    }

    @Test
    void failsOverFromADeadInstanceToALiveOneOnEveryCall() {
        register(liveUri, "ready");
        register(deadUri, "ready");
        Discovery discovery = new Discovery(pool, runtimes, TestRuntimeConfig.of("execution_api", "d"));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(discovery.call(RuntimeKind.CATALOG_API, this::ping).await().atMost(WAIT));
        }
        assertThat(answers).containsOnly("pong@" + liveUri);
    }

    @Test
    void spreadsCallsAcrossInstances() {
        register(liveUri, "ready");
        register(liveUri + "/", "ready");
        Discovery discovery = new Discovery(pool, runtimes, TestRuntimeConfig.of("execution_api", "d"));
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bases.add(discovery.call(RuntimeKind.CATALOG_API, Uni.createFrom()::item).await().atMost(WAIT));
        }
        assertThat(bases).contains(liveUri, liveUri + "/");
    }

    @Test
    void answersDependencyUnavailableWhenNoInstanceIsReachable() {
        register(deadUri, "ready");
        Discovery discovery = new Discovery(pool, runtimes, TestRuntimeConfig.of("execution_api", "d"));
        assertThatThrownBy(() -> discovery.call(RuntimeKind.CATALOG_API, this::ping).await().atMost(WAIT))
                .isInstanceOf(Unavailable.class)
                .hasMessageContaining("catalog_api");
    }

    @Test
    void aStaticUrlOverridesTheRegistry() {
        register(deadUri, "ready");
        Discovery discovery = new Discovery(pool, runtimes,
                TestRuntimeConfig.of("execution_api", "d").withCatalogUrl(liveUri + "/"));
        assertThat(discovery.endpoints(RuntimeKind.CATALOG_API).await().atMost(WAIT)).containsExactly(liveUri);
        assertThat(discovery.call(RuntimeKind.CATALOG_API, this::ping).await().atMost(WAIT)).isEqualTo("pong@" + liveUri);
    }
}
