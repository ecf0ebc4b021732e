package io.noetl.execution;

import static io.noetl.execution.ExecutionFixtures.bareCatalog;
import static io.noetl.execution.ExecutionFixtures.command;
import static io.noetl.execution.ExecutionFixtures.event;
import static io.noetl.execution.ExecutionFixtures.execution;
import static io.noetl.execution.ExecutionFixtures.freshPath;
import static io.noetl.execution.ExecutionFixtures.playbook;
import static io.noetl.execution.ExecutionFixtures.step;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExecutionStepsTest {

    @Test
    void startedStepsComeByStartTimeThenTheRestInPlaybookOrder() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long id = execution(catalog, path, "RUNNING");
        // greet and check never started: they follow in playbook order (greet before check), not by name.
        step(id, "check", "PENDING", null, null, null, null);
        step(id, "greet", "SKIPPED", null, null, null, null);
        step(id, "short_greeting", "COMPLETED", 20, "{\"ok\": true}", null, null);
        step(id, "long_greeting", "RUNNING", 30, null, null, new int[] {3, 1, 0});

        JsonPath steps = given().get("/api/executions/" + id + "/steps").then().statusCode(200).extract().jsonPath();
        assertThat(steps.getString("execution_id")).isEqualTo(Long.toString(id));
        assertThat(steps.getList("items.name")).containsExactly("long_greeting", "short_greeting", "greet", "check");
        assertThat(steps.getInt("items[0].loop.total")).isEqualTo(3);
        assertThat(steps.getInt("items[0].loop.done")).isEqualTo(1);
        assertThat(steps.getString("items[1].loop")).isNull();
        assertThat(steps.getString("items[1].result_preview")).isEqualTo("{\"ok\":true}");
        assertThat(steps.getString("items[3].tool_kind")).isEqualTo("noop");
        assertThat(steps.getString("items[2].tool_kind")).isEqualTo("python");
        assertThat(steps.getString("items[2].started_at")).isNull();
        assertThat(steps.getString("items[2].duration_seconds")).isNull();
        assertThat(steps.getDouble("items[1].duration_seconds")).isGreaterThanOrEqualTo(19.0);
    }

    @Test
    void attemptsAndWorkerComeFromTheLatestCommandAndPreviewsAreCutAndRedacted() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long id = execution(catalog, path, "FAILED");
        // jsonb orders keys shorter first, so the secret comes before the long value that gets cut.
        String result = "{\"access_token\": \"s3cr3t\", \"rows_of_the_result_set\": \"" + "é".repeat(900) + "\"}";
        step(id, "greet", "FAILED", 5, result, "{\"kind\": \"python_error\", \"message\": \"boom\", \"retryable\": false}", null);
        command(id, catalog, "greet", "python", 1, "worker-a");
        command(id, catalog, "greet", "python", 2, "worker-b");

        JsonPath greet = given().get("/api/executions/" + id + "/steps").jsonPath().setRootPath("items[0]");
        assertThat(greet.getInt("attempts")).isEqualTo(2);
        assertThat(greet.getString("worker_id")).isEqualTo("worker-b");
        assertThat(greet.getString("tool_kind")).isEqualTo("python");
        assertThat(greet.getMap("error")).containsOnlyKeys("kind", "message").containsEntry("kind", "python_error");
        String preview = greet.getString("result_preview");
        assertThat(preview).endsWith("…").doesNotContain("s3cr3t").contains("[redacted]");
        assertThat(preview.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024).isGreaterThan(1000);
    }

    @Test
    void theGraphShowsNodesArcsAndWhichArcsFiredHowOften() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long id = execution(catalog, path, "COMPLETED");
        step(id, "greet", "COMPLETED", 30, null, null, null);
        step(id, "check", "COMPLETED", 20, null, null, null);
        event(id, catalog, "step.exit", "greet", "COMPLETED", "{\"arcs_fired\": [0]}");
        event(id, catalog, "step.exit", "check", "COMPLETED", "{\"arcs_fired\": [\"check#0\"]}");
        event(id, catalog, "step.exit", "check", "COMPLETED", "{\"arcs_fired\": [{\"to\": \"long_greeting\"}]}");
        // Entries that name no arc, or an arcs_fired that is not a list, are ignored rather than failing the read.
        event(id, catalog, "step.exit", "check", "COMPLETED", "{\"arcs_fired\": [7, \"nowhere\"]}");
        event(id, catalog, "step.exit", "greet", "COMPLETED", "{\"arcs_fired\": \"greet#0\"}");
        event(id, catalog, "command.completed", "check", "COMPLETED", "{\"arcs_fired\": [1]}");

        JsonPath graph = given().get("/api/executions/" + id + "/graph").then().statusCode(200).extract().jsonPath();
        assertThat(graph.getString("entry_step")).isEqualTo("greet");
        assertThat(graph.getString("status")).isEqualTo("COMPLETED");
        assertThat(graph.getList("nodes.name")).containsExactly("greet", "check", "long_greeting", "short_greeting");
        assertThat(graph.getList("nodes.entry")).containsExactly(true, false, false, false);
        assertThat(graph.getList("nodes.terminal")).containsExactly(false, false, true, true);
        assertThat(graph.getList("nodes.status")).containsExactly("COMPLETED", "COMPLETED", null, null);
        assertThat(graph.getList("nodes.tool_kind")).containsExactly("python", "noop", "noop", "noop");
        assertThat(graph.getList("nodes.join")).containsOnly("any");
        assertThat(graph.getInt("nodes[2].loop.total")).isZero();
        assertThat(graph.getString("nodes[3].loop")).isNull();

        assertThat(graph.getList("arcs.id")).containsExactly("greet#0", "check#0", "check#1");
        assertThat(graph.getList("arcs.to")).containsExactly("check", "long_greeting", "short_greeting");
        assertThat(graph.getList("arcs.mode")).containsOnly("exclusive");
        assertThat(graph.getString("arcs[0].when")).isNull();
        assertThat(graph.getString("arcs[1].when")).isEqualTo("{{ greet.n > 3 }}");
        assertThat(graph.getList("arcs.fired")).containsExactly(true, true, false);
        assertThat(graph.getList("arcs.fire_count")).containsExactly(1, 2, 0);
        assertThat(graph.getString("arcs[1].last_fired_at")).isNotNull();
        assertThat(graph.getString("arcs[2].last_fired_at")).isNull();
    }

    @Test
    void withoutAStoredPlaybookTheGraphShowsOnlyTheStepsThatRan() throws Exception {
        String path = freshPath();
        long id = execution(bareCatalog(path), path, "RUNNING");
        step(id, "solo", "RUNNING", 3, null, null, null);

        JsonPath graph = given().get("/api/executions/" + id + "/graph").then().statusCode(200).extract().jsonPath();
        assertThat(graph.getString("entry_step")).isNull();
        assertThat(graph.getList("nodes.name")).containsExactly("solo");
        assertThat(graph.getList("arcs")).isEmpty();
        assertThat(given().get("/api/executions/" + id + "/steps").jsonPath().getList("items.name")).containsExactly("solo");
        assertThat(given().get("/api/executions/" + id).jsonPath().getInt("progress")).isZero();
    }
}
