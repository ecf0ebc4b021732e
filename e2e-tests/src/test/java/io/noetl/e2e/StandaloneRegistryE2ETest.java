package io.noetl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * `./noetl standalone` end to end: four service processes that find each other in the registry, an
 * instance stopped cleanly goes offline by itself, one killed with SIGKILL is swept offline by its peers,
 * and stopping the launcher leaves no process or PostgreSQL behind. Verdicts come from SQL on the
 * runtime table and from the process table, never from log lines.
 */
class StandaloneRegistryE2ETest {

    private static final Set<String> KINDS = Set.of("catalog_api", "execution_api", "worker_pool", "scheduler");
    private static final Duration START = Duration.ofSeconds(180);
    /** Heartbeat 2 s × 3 missed: a row is only swept once its heartbeat is older than 6 s. */
    private static final Map<String, String> ENV = Map.of(
            "NOETL_RUNTIME_HEARTBEAT_INTERVAL", "2s", "NOETL_RUNTIME_MISSED_HEARTBEATS", "3");

    @Test
    void fourServicesFindEachOtherGoOfflineWhenStoppedOrKilledAndLeaveNothingBehind() throws Exception {
        try (Platform p = Platform.start(ENV, Path.of("target", "e2e-standalone").toAbsolutePath())) {
            await().atMost(START).pollInterval(Duration.ofMillis(500))
                    .failFast("launcher exited", () -> !p.launcher.isAlive())
                    .until(() -> readyKinds(p).containsAll(KINDS));
            for (String service : Platform.SERVICES) {
                String listing = p.get(service, "/api/runtime?status=ready");
                assertThat(listing).startsWith("200");
                KINDS.forEach(kind -> assertThat(listing).contains("\"kind\":\"" + kind + "\""));
            }
            // Once ready, the launcher registers the examples and the workspace credential they use, then runs
            // examples/welcome (orchestrator only) and examples/hello_world (a python step on the worker) to their end.
            await().atMost(Duration.ofSeconds(120)).until(() -> p.output().contains("Ran examples/hello_world"));
            assertThat(p.sql("SELECT path FROM noetl.catalog WHERE version = 1 ORDER BY path")).containsExactly(
                    "examples/branch_and_join", "examples/hello_world", "examples/orders_pipeline",
                    "examples/users_to_postgres", "examples/welcome");
            assertThat(p.sql("SELECT status || ' ' || (result->>'examples') FROM noetl.execution WHERE path = 'examples/welcome'"))
                    .containsExactly("COMPLETED 4");
            assertThat(p.sql("SELECT status || ' ' || (result->>'verdict') || ' ' || (result->>'message') FROM noetl.execution "
                    + "WHERE path = 'examples/hello_world'")).containsExactly("COMPLETED long Hello, World!");
            assertThat(p.sql("SELECT type FROM noetl.credential WHERE name = 'pg_demo'")).containsExactly("postgres");
            assertThat(p.get("catalog", "/api/catalog/by-path?path=examples/hello_world&version=latest")).startsWith("200");
            List<ProcessHandle> children = p.launcher.descendants().toList();
            assertThat(children.stream().filter(ProcessHandle::isAlive).count()).isGreaterThanOrEqualTo(4);

            // A clean stop (SIGTERM) marks the row offline itself, while its heartbeat is still too fresh
            // for the sweeper to have done it.
            long scheduler = pid(p, "scheduler");
            ProcessHandle.of(scheduler).orElseThrow().destroy();
            await().atMost(Duration.ofSeconds(30)).until(() -> status(p, "scheduler").equals("offline"));
            assertThat(p.sql("SELECT (heartbeat > now() - interval '6 seconds')::text FROM noetl.runtime "
                    + "WHERE kind = 'scheduler' AND runtime->>'pid' = ?", Long.toString(scheduler)))
                    .as("marked offline by its own shutdown, not by the sweeper").containsExactly("true");

            // A SIGKILL leaves the row ready until a peer's sweeper notices the missed heartbeats.
            long worker = pid(p, "worker_pool");
            ProcessHandle.of(worker).orElseThrow().destroyForcibly();
            await().atMost(Duration.ofSeconds(60)).until(() -> status(p, "worker_pool").equals("offline"));
            assertThat(p.sql("SELECT (heartbeat < now() - interval '6 seconds')::text FROM noetl.runtime "
                    + "WHERE kind = 'worker_pool' AND runtime->>'pid' = ?", Long.toString(worker)))
                    .containsExactly("true");

            assertThat(p.stop(Duration.ofSeconds(60))).as("launcher exits on SIGTERM").isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> children.stream().noneMatch(ProcessHandle::isAlive));
            assertThat(portOpen(p.pgPort)).as("embedded PostgreSQL stopped").isFalse();
        }
    }

    private static Set<String> readyKinds(Platform p) {
        try {
            return p.sql("SELECT kind FROM noetl.runtime WHERE status = 'ready' AND heartbeat > now() - interval '6 seconds'")
                    .stream().collect(Collectors.toSet());
        } catch (Exception notYet) {
            return Set.of();
        }
    }

    private static long pid(Platform p, String kind) throws Exception {
        return Long.parseLong(p.sql("SELECT runtime->>'pid' FROM noetl.runtime WHERE kind = ? AND status = 'ready'", kind).get(0));
    }

    private static String status(Platform p, String kind) throws Exception {
        List<String> rows = p.sql("SELECT status FROM noetl.runtime WHERE kind = ? ORDER BY updated_at DESC LIMIT 1", kind);
        return rows.isEmpty() ? "" : rows.get(0);
    }

    private static boolean portOpen(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (Exception closed) {
            return false;
        }
    }
}
