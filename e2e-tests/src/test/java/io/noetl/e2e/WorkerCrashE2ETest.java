package io.noetl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.e2e.cluster.Cluster;
import io.noetl.testsupport.PackagedService;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * reliability.md §3: a worker killed mid-step ({@code kill -9}) or stopped by SIGTERM past its grace period loses
 * the command to another worker; the step runs again there and the execution completes with one completion.
 */
class WorkerCrashE2ETest {

    private static Cluster cluster;
    private PackagedService first;
    private PackagedService second;

    @BeforeAll
    static void cluster() throws Exception {
        cluster = Cluster.get();
        cluster.stopSharedWorker();   // only this class's workers may lease
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        if (first != null) first.close();
        if (second != null) second.close();
    }

    @Test
    void aKilledWorkersCommandIsLeasedAgainAndCompletesOnce() throws Exception {
        String id = startSlowStep(6);
        first = cluster.worker("crash-a", Map.of("NOETL_WORKER_LEASE", "4s"));
        String command = awaitRunning(id);

        first.signal("KILL");
        assertThat(first.awaitExit(Duration.ofSeconds(10))).isTrue();
        second = cluster.worker("crash-b", Map.of("NOETL_WORKER_LEASE", "4s"));

        assertThat(cluster.awaitTerminal(id, Duration.ofSeconds(90))).isEqualTo("COMPLETED");
        assertOneCompletionAfterARetry(id, command);
        assertThat(cluster.result(id).getString("result.slept")).isEqualTo("6");
    }

    @Test
    void aWorkerStoppedPastItsGraceHandsTheCommandBack() throws Exception {
        String id = startSlowStep(20);
        first = cluster.worker("drain-a", Map.of("NOETL_WORKER_SHUTDOWN_GRACE", "1s"));
        String command = awaitRunning(id);

        first.signal("TERM");
        assertThat(first.awaitExit(Duration.ofSeconds(30))).as("the worker exits after its grace").isTrue();
        // Handed back, not reported: the step is not over, and the lease ended without waiting its 60 s.
        assertThat(cluster.sql().one("SELECT count(*) FROM noetl.event WHERE command_id = ? AND event_type IN "
                + "('command.completed', 'command.failed', 'command.cancelled')", Long.parseLong(command))).isEqualTo("0");
        await().atMost(Duration.ofSeconds(15)).until(() -> "PENDING".equals(
                cluster.sql().one("SELECT status FROM noetl.command WHERE command_id = ?", Long.parseLong(command))));
        assertThat(first.log()).contains("handed back at shutdown");

        second = cluster.worker("drain-b", Map.of());
        assertThat(cluster.awaitTerminal(id, Duration.ofSeconds(90))).isEqualTo("COMPLETED");
        assertOneCompletionAfterARetry(id, command);
    }

    private static String startSlowStep(int seconds) {
        String path = "e2e/slow-" + UUID.randomUUID().toString().substring(0, 8);
        cluster.register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: slow, path: %s}
                workload: {seconds: %d}
                workflow:
                  - step: nap
                    tool:
                      kind: python
                      args: {seconds: "{{ seconds }}"}
                      code: |
                        import time
                        time.sleep(seconds)
                        result = {"slept": seconds}
                """.formatted(path, seconds));
        return cluster.start(path, Map.of());
    }

    /** Waits until the step's command runs on a worker and returns its id. */
    private static String awaitRunning(String executionId) {
        String[] command = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> (command[0] = cluster.sql().one(
                "SELECT command_id FROM noetl.command WHERE execution_id = ? AND status = 'RUNNING'",
                Long.parseLong(executionId))) != null);
        return command[0];
    }

    private static void assertOneCompletionAfterARetry(String executionId, String command) throws Exception {
        var sql = cluster.sql();
        long cid = Long.parseLong(command);
        assertThat(sql.one("SELECT attempt || ' ' || status FROM noetl.command WHERE command_id = ?", cid)).isEqualTo("2 COMPLETED");
        assertThat(sql.column("SELECT event_type FROM noetl.event WHERE command_id = ? AND event_type IN "
                + "('command.completed', 'command.failed', 'command.cancelled', 'command.reclaimed') ORDER BY event_id", cid))
                .containsExactly("command.reclaimed", "command.completed");
        assertThat(sql.one("SELECT count(*) FROM noetl.event WHERE execution_id = ? AND node_name = 'nap' AND event_type = 'step.exit'",
                Long.parseLong(executionId))).isEqualTo("1");
        assertThat(sql.one("SELECT count(*) FROM noetl.command WHERE execution_id = ?", Long.parseLong(executionId)))
                .as("the step ran as one command, re-leased, never re-issued").isEqualTo("1");
    }
}
