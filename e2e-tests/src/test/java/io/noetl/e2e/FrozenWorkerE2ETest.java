package io.noetl.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.e2e.cluster.Cluster;
import io.noetl.testsupport.PackagedService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * reliability.md §3 "worker frozen": {@code kill -STOP} for twice the lease, then {@code -CONT}. Another worker
 * finishes the command meanwhile; the frozen worker's late result is refused as {@code stale_lease} and dropped,
 * and only the other worker's result stands.
 */
class FrozenWorkerE2ETest {

    private static final Duration LEASE = Duration.ofSeconds(3);
    private static Cluster cluster;
    private static PackagedService frozen;
    private static PackagedService other;

    @BeforeAll
    static void cluster() throws Exception {
        cluster = Cluster.get();
        cluster.stopSharedWorker();
    }

    @AfterAll
    static void stop() throws Exception {
        if (frozen != null) {
            frozen.signal("CONT");
            frozen.close();
        }
        if (other != null) other.close();
    }

    @Test
    void theFrozenWorkersLateResultIsStaleAndTheOtherWorkersStands() throws Exception {
        Path marks = Files.createTempDirectory("frozen");
        String path = "e2e/frozen-" + UUID.randomUUID().toString().substring(0, 8);
        cluster.register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: frozen, path: %s}
                workload: {marks: "%s"}
                workflow:
                  - step: work
                    tool:
                      kind: python
                      args: {marks: "{{ marks }}"}
                      code: |
                        import os, time
                        pid = os.getpid()
                        open(os.path.join(marks, str(pid)), "w").close()
                        time.sleep(4)
                        result = {"pid": pid}
                """.formatted(path, marks));
        String id = cluster.start(path, Map.of());
        frozen = cluster.worker("frozen", Map.of("NOETL_WORKER_LEASE", LEASE.toSeconds() + "s"));
        await().atMost(Duration.ofSeconds(60)).until(() -> list(marks).length == 1);
        long frozenPid = Long.parseLong(list(marks)[0]);

        frozen.signal("STOP");
        Thread.sleep(LEASE.multipliedBy(2).toMillis());
        other = cluster.worker("other", Map.of());
        assertThat(cluster.awaitTerminal(id, Duration.ofSeconds(90))).isEqualTo("COMPLETED");
        long winner = cluster.result(id).getLong("result.pid");
        assertThat(winner).as("the other worker's python process").isNotEqualTo(frozenPid);

        frozen.signal("CONT");
        await().atMost(Duration.ofSeconds(30)).until(() -> staleResults(frozen) >= 1);
        var sql = cluster.sql();
        assertThat(sql.one("SELECT count(*) FROM noetl.event WHERE execution_id = ? AND event_type IN "
                + "('command.completed', 'command.failed', 'command.cancelled')", Long.parseLong(id))).isEqualTo("1");
        assertThat(sql.one("SELECT attempt FROM noetl.command WHERE execution_id = ?", Long.parseLong(id))).isEqualTo("2");
        assertThat(cluster.result(id).getLong("result.pid")).as("the late result changed nothing").isEqualTo(winner);
        assertThat(cluster.status(id)).isEqualTo("COMPLETED");
    }

    private static String[] list(Path dir) {
        String[] names = dir.toFile().list();
        return names == null ? new String[0] : names;
    }

    private static double staleResults(PackagedService worker) {
        String metrics = given().baseUri(worker.url()).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("noetl_worker_stale_results_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
