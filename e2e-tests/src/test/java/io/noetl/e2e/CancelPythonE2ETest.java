package io.noetl.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.e2e.cluster.Cluster;
import io.noetl.testsupport.PackagedService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cancelling an execution stops its long python step on the worker: the process is killed, the slot freed. */
class CancelPythonE2ETest {

    private static Cluster cluster;
    private static PackagedService worker;

    @BeforeAll
    static void cluster() throws Exception {
        cluster = Cluster.get();
        worker = cluster.sharedWorker();
    }

    @Test
    void cancelKillsTheRunningPythonProcessAndFreesTheSlot() throws Exception {
        Path pidFile = Files.createTempDirectory("cancel").resolve("pid");
        String path = "e2e/long-" + UUID.randomUUID().toString().substring(0, 8);
        cluster.register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: long, path: %s}
                workload: {pid_file: "%s"}
                workflow:
                  - step: forever
                    tool:
                      kind: python
                      args: {pid_file: "{{ pid_file }}"}
                      code: |
                        import os, time
                        with open(pid_file + ".tmp", "w") as f:
                            f.write(str(os.getpid()))
                        os.rename(pid_file + ".tmp", pid_file)
                        time.sleep(600)
                    next: after
                  - {step: after, tool: {kind: noop}}
                """.formatted(path, pidFile));
        String id = cluster.start(path, Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(pidFile));
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

        given().baseUri(cluster.execution.url()).contentType("application/json").body(Map.of("reason", "e2e"))
                .post("/api/executions/" + id + "/cancel").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().baseUri(worker.url()).get("/api/worker/status")
                .then().statusCode(200).extract().<List<?>>path("in_flight").isEmpty());
        assertThat(cluster.status(id)).isEqualTo("CANCELLED");
        var sql = cluster.sql();
        assertThat(sql.column("SELECT status FROM noetl.command WHERE execution_id = ?", Long.parseLong(id)))
                .containsExactly("CANCELLED");
        assertThat(sql.one("SELECT count(*) FROM noetl.event WHERE execution_id = ? AND node_name = 'after'", Long.parseLong(id)))
                .as("nothing runs after the cancel").isEqualTo("0");
    }
}
