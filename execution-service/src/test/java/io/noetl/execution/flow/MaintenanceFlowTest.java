package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.eventTypes;
import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.OpsFixtures.assertProblem;
import static io.noetl.execution.flow.OpsFixtures.oneStepPlaybook;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** api.md §4.1 finalize and cleanup: operators end executions that stopped moving. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class MaintenanceFlowTest {

    private static long start(String base) throws Exception {
        return Long.parseLong(execute(oneStepPlaybook(base), Map.of()).getString("execution_id"));
    }

    private static Response post(String route, String body) {
        return given().contentType("application/json").body(body).post(route);
    }

    /** Ages every trace of the execution, as if nothing had happened to it for ten days. */
    private static void age(long id) throws Exception {
        sql("UPDATE noetl.event SET created_at = created_at - interval '10 days' WHERE execution_id = ? RETURNING 1", id);
        sql("UPDATE noetl.execution SET created_at = created_at - interval '10 days' WHERE execution_id = ? RETURNING 1", id);
    }

    @Test
    void finalizeFailsARunningExecutionAndStopsItsWork() throws Exception {
        long id = start("finalize");
        FlowFixtures.Leased l = lease(id).get(0);

        JsonPath done = post("/api/executions/" + id + "/finalize", "{\"reason\": \"worker vanished\"}")
                .then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("finalized");
        assertThat(done.getString("execution_id")).isEqualTo(Long.toString(id));
        assertThat(sql("SELECT status || ':' || (error->>'kind') || ':' || (error->>'message') FROM noetl.execution"
                + " WHERE execution_id = ?", id)).containsExactly("FAILED:finalized:worker vanished");
        assertThat(eventTypes(id)).endsWith("workflow.failed:workflow", "playbook.failed:" + sql(
                "SELECT path FROM noetl.execution WHERE execution_id = ?", id).get(0));
        assertThat(sql("SELECT DISTINCT meta->'error'->>'kind' FROM noetl.event WHERE execution_id = ? AND event_type LIKE '%.failed'", id))
                .containsExactly("finalized");
        assertThat(sql("SELECT status || ':' || cancel_requested FROM noetl.command WHERE command_id = ?", l.commandId()))
                .containsExactly("LEASED:true");
        assertThat(sql("SELECT status FROM noetl.step_state WHERE execution_id = ? AND step_name = 'fetch'", id))
                .containsExactly("FAILED");

        Response again = post("/api/executions/" + id + "/finalize", "");
        assertThat(again.jsonPath().getString("status")).isEqualTo("already_completed");
        assertThat(sql("SELECT count(*) FROM noetl.event WHERE execution_id = ? AND event_type = 'playbook.failed'", id))
                .containsExactly("1");
    }

    @Test
    void finalizeOfAnUnknownOrJunkIdIsAProblem() {
        assertProblem(post("/api/executions/999999999999/finalize", "{}"), 404, "not_found");
        assertProblem(post("/api/executions/abc/finalize", "{}"), 400, "invalid_parameter");
    }

    @Test
    void cleanupCancelsOnlyExecutionsWithNoEventAndNoLiveLease() throws Exception {
        long idle = start("idle");                  // its command waits in the queue, nobody leases it
        long busy = start("busy");
        lease(busy);                                // a worker holds a live lease: still busy, however old
        long fresh = start("fresh");                // recent events
        age(idle);
        age(busy);
        String body = "{\"older_than_minutes\": 10080, \"dry_run\": %s}";

        JsonPath dry = post("/api/executions/cleanup", body.formatted(true)).then().statusCode(200).extract().jsonPath();
        assertThat(dry.getBoolean("dry_run")).isTrue();
        assertThat(dry.getList("execution_ids", String.class)).contains(Long.toString(idle))
                .doesNotContain(Long.toString(busy), Long.toString(fresh));
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", idle)).containsExactly("RUNNING");

        JsonPath real = post("/api/executions/cleanup", body.formatted(false)).then().statusCode(200).extract().jsonPath();
        assertThat(real.getList("execution_ids", String.class)).contains(Long.toString(idle))
                .doesNotContain(Long.toString(busy), Long.toString(fresh));
        assertThat(real.getInt("cancelled_count")).isEqualTo(real.getList("execution_ids").size());
        assertThat(sql("SELECT status || ':' || (error->>'message') FROM noetl.execution WHERE execution_id = ?", idle))
                .containsExactly("CANCELLED:cleanup");
        assertThat(sql("SELECT status FROM noetl.command WHERE execution_id = ?", idle)).containsExactly("CANCELLED");
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id IN (?, ?)", busy, fresh))
                .containsExactly("RUNNING", "RUNNING");
    }

    @Test
    void cleanupRefusesAnAgeBelowOneMinuteOrOfTheWrongType() {
        assertProblem(post("/api/executions/cleanup", "{\"older_than_minutes\": 0}"), 422, "validation_failed");
        assertProblem(post("/api/executions/cleanup", "{\"older_than_minutes\": 10000000000}"), 422, "validation_failed");
        assertProblem(post("/api/executions/cleanup", "{\"older_than_minutes\": \"five\"}"), 400, "bad_request");
        assertProblem(post("/api/executions/cleanup", "{\"dry_run\": \"yes\"}"), 400, "bad_request");
    }

    @Test
    void bothRoutesAreDocumentedWithTheirSpecOperationIdsAndErrors() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String fin = "paths.'/api/executions/{id}/finalize'.post";
        String clean = "paths.'/api/executions/cleanup'.post";
        assertThat(doc.getString(fin + ".operationId")).isEqualTo("finalizeExecution");
        assertThat(doc.getMap(fin + ".responses")).containsKeys("200", "404");
        assertThat(doc.getString(clean + ".operationId")).isEqualTo("cleanupStuckExecutions");
        assertThat(doc.getMap(clean + ".responses")).containsKeys("200", "422");
    }
}
