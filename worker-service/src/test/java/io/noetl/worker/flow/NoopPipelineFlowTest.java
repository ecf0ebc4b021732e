package io.noetl.worker.flow;

import io.noetl.testsupport.PeersResource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The worker in this JVM runs a pipeline that execution-service issued, and its report completes the run. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeersResource.class)
class NoopPipelineFlowTest {

    @Test
    void aPipelineRunsOnThisWorkerAndTheExecutionCompletes() {
        String path = "tests/worker-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: w, path: %s}
                workload: {who: worker}
                workflow:
                  - step: work
                    tool:
                      - {name: first, kind: noop, args: {greeting: "hi {{ who }}"}}
                      - {name: second, kind: noop, args: {echo: "{{ _prev.greeting }}", from: "{{ first.greeting }}"}}
                    next: done
                  - {step: done, tool: {kind: noop, args: {got: "{{ work.echo }}"}}}
                """.formatted(path);
        given().baseUri(PeersResource.catalog).contentType("application/yaml").body(yaml.getBytes())
                .post("/api/catalog/register").then().statusCode(200);
        String id = given().baseUri(PeersResource.execution).contentType("application/json").body(Map.of("path", path))
                .post("/api/execute").then().statusCode(200).extract().path("execution_id");

        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(given().baseUri(PeersResource.execution)
                .get("/api/executions/" + id + "/status").then().extract().path("status")));
        Map<String, Object> result = given().baseUri(PeersResource.execution).get("/api/executions/" + id + "/result")
                .then().statusCode(200).extract().path("result");
        assertThat(result).containsEntry("got", "hi worker");
        var status = given().get("/api/worker/status").then().statusCode(200).extract().jsonPath();
        assertThat(status.getInt("counters.completed")).isGreaterThanOrEqualTo(1);
        assertThat(status.getBoolean("listen_connected")).as("LISTEN noetl_commands on its own connection").isTrue();
        assertThat(status.getList("tools")).contains("noop", "http", "python");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("noetl_worker_leased_total(\\{[^}]*\\})? [1-9]")
                .containsPattern("noetl_worker_command_seconds_count\\{[^}]*outcome=\"completed\"[^}]*tool_kind=\"pipeline\"[^}]*\\} [1-9]");
    }
}
