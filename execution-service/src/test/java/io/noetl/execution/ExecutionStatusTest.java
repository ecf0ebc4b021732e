package io.noetl.execution;

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
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExecutionStatusTest {

    private static final String ERROR = "{\"kind\": \"cancelled\", \"message\": \"User requested cancellation\", \"step\": null}";

    @Test
    void upstreamFlagsFollowEachState() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        // status → completed, failed, cancelled, as api.md §4.1 defines upstream's flags
        record Case(String status, boolean completed, boolean failed, boolean cancelled) { }
        for (Case c : List.of(new Case("RUNNING", false, false, false), new Case("COMPLETED", true, false, false),
                new Case("FAILED", false, true, false), new Case("CANCELLED", true, false, true))) {
            long id = execution(catalog, path, c.status());
            JsonPath status = given().get("/api/executions/" + id + "/status").then().statusCode(200).extract().jsonPath();
            assertThat(status.getString("status")).isEqualTo(c.status());
            assertThat(status.getBoolean("completed")).as(c.status()).isEqualTo(c.completed());
            assertThat(status.getBoolean("failed")).as(c.status()).isEqualTo(c.failed());
            assertThat(status.getBoolean("cancelled")).as(c.status()).isEqualTo(c.cancelled());
            assertThat(status.getBoolean("completion_inferred")).isFalse();
            JsonPath check = given().get("/api/executions/" + id + "/cancellation-check").then().statusCode(200).extract().jsonPath();
            assertThat(List.of(check.getBoolean("completed"), check.getBoolean("failed"), check.getBoolean("cancelled")))
                    .containsExactly(c.completed(), c.failed(), c.cancelled());
        }
    }

    @Test
    void stepListsShowWhatRunsWhatEndedAndWhatFailed() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long id = execution(catalog, path, "RUNNING");
        step(id, "greet", "COMPLETED", 30, null, null, null);
        step(id, "check", "FAILED", 20, null, "{\"kind\": \"template\", \"message\": \"x\"}", null);
        step(id, "long_greeting", "RUNNING", 10, null, null, new int[] {3, 1, 0});
        step(id, "short_greeting", "PENDING", null, null, null, null);

        JsonPath status = given().get("/api/executions/" + id + "/status").jsonPath();
        assertThat(status.getList("current_steps")).containsExactly("long_greeting", "short_greeting");
        assertThat(status.getString("current_step")).isEqualTo("long_greeting");
        assertThat(status.getList("completed_steps")).containsExactly("greet");
        assertThat(status.getList("failed_steps")).containsExactly("check");
        assertThat(status.getString("end_time")).isNull();
        assertThat(status.getDouble("duration_seconds")).isGreaterThanOrEqualTo(0.0);
        // 2 of 4 playbook steps ended
        assertThat(given().get("/api/executions/" + id).jsonPath().getInt("progress")).isEqualTo(50);
    }

    @Test
    void variablesAreRedactedAndLargeValuesCutUnlessFull() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        String big = "x".repeat(5000);
        long id = execution(catalog, path, "RUNNING", null, null,
                "{\"who\": \"World\", \"big\": \"" + big + "\", \"db_password\": \"hunter2\"}",
                "{\"conn\": {\"host\": \"db\", \"api_key\": \"k-123\"}, \"n\": 1}", null, null);

        JsonPath cut = given().get("/api/executions/" + id + "/status").jsonPath();
        assertThat(cut.getString("variables.workload.who")).isEqualTo("World");
        assertThat(cut.getBoolean("variables.workload.big._truncated")).isTrue();
        assertThat(cut.getInt("variables.workload.big.bytes")).isEqualTo(5002);
        assertThat(cut.getString("variables.workload.db_password")).isEqualTo("[redacted]");
        assertThat(cut.getString("variables.ctx.conn.host")).isEqualTo("db");
        assertThat(cut.getString("variables.ctx.conn.api_key")).isEqualTo("[redacted]");
        assertThat(cut.getInt("variables.ctx.n")).isEqualTo(1);

        JsonPath full = given().queryParam("full", "true").get("/api/executions/" + id + "/status").jsonPath();
        assertThat(full.getString("variables.workload.big")).isEqualTo(big);
        assertThat(full.getString("variables.workload.db_password")).isEqualTo("[redacted]");
        assertThat(given().get("/api/executions/" + id + "/status").asString()).doesNotContain("hunter2", "k-123");
    }

    @Test
    void theResultIsFinalOnlyOnceTerminal() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long running = execution(catalog, path, "RUNNING", null, null, null, null, "{\"partial\": true}", null);
        JsonPath before = given().get("/api/executions/" + running + "/result").then().statusCode(200).extract().jsonPath();
        assertThat(before.getBoolean("final")).isFalse();
        assertThat(before.getString("result")).isNull();
        assertThat(before.getString("error_detail")).isNull();

        long done = execution(catalog, path, "COMPLETED", null, null, null, null, "{\"message\": \"Hello\"}", null);
        JsonPath after = given().get("/api/executions/" + done + "/result").jsonPath();
        assertThat(after.getBoolean("final")).isTrue();
        assertThat(after.getString("result.message")).isEqualTo("Hello");
        assertThat(after.getString("error_detail")).isNull();

        long cancelled = execution(catalog, path, "CANCELLED", null, null, null, null, null, ERROR);
        JsonPath stopped = given().get("/api/executions/" + cancelled + "/result").jsonPath();
        assertThat(stopped.getBoolean("final")).isTrue();
        assertThat(stopped.getString("error_detail.kind")).isEqualTo("cancelled");
        assertThat(stopped.getString("error_detail.message")).isEqualTo("User requested cancellation");
    }

    @Test
    void theCancellationCheckNamesTheLatestEventType() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long id = execution(catalog, path, "RUNNING");
        assertThat(given().get("/api/executions/" + id + "/cancellation-check").jsonPath().getString("event_type")).isNull();
        event(id, catalog, "playbook.initialized", path, "RUNNING", null);
        event(id, catalog, "execution.cancelled", path, "CANCELLED", null);
        JsonPath check = given().get("/api/executions/" + id + "/cancellation-check").jsonPath();
        assertThat(check.getString("event_type")).isEqualTo("execution.cancelled");
        assertThat(check.getString("execution_id")).isEqualTo(Long.toString(id));
        assertThat(check.getString("status")).isEqualTo("RUNNING");
    }
}
