package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.ok;
import static io.noetl.execution.flow.FlowFixtures.report;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.OpsFixtures.assertProblem;
import static io.noetl.execution.flow.OpsFixtures.concurrently;
import static io.noetl.execution.flow.OpsFixtures.count;
import static io.noetl.execution.flow.OpsFixtures.oneStepPlaybook;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** reliability.md §5 and api.md §4.3 for POST /api/events/batch: refused reports store nothing; repeats are one effect. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class EventInputsFlowTest {

    private static FlowFixtures.Leased started() throws Exception {
        long id = Long.parseLong(execute(oneStepPlaybook("events"), Map.of()).getString("execution_id"));
        return lease(id).get(0);
    }

    private static Response batch(FlowFixtures.Leased l, List<Map<String, Object>> events) {
        return given().contentType("application/json").body(Map.of("execution_id", Long.toString(l.executionId()),
                "command_id", Long.toString(l.commandId()), "lease_token", l.token(), "worker_id", "test-worker",
                "events", events)).post("/api/events/batch");
    }

    @Test
    void refusedReportsAreProblemsAndChangeNothing() throws Exception {
        FlowFixtures.Leased l = started();
        long before = count("SELECT count(*) FROM noetl.event WHERE execution_id = ?", l.executionId());
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 257; i++) tooMany.add(Map.of("event_type", "command.started"));

        assertProblem(batch(new FlowFixtures.Leased(l.commandId(), 999_999_999_999L, l.step(), null, l.token(), l.attempt()),
                List.of(Map.of("event_type", "command.completed"))), 404, "not_found");
        assertProblem(batch(l, List.of(Map.of("event_type", "command.exploded"))), 422, "validation_failed");
        assertProblem(batch(l, List.of(Map.of("event_type", "command.completed"), Map.of("event_type", "command.started"))),
                422, "validation_failed");
        assertProblem(batch(l, tooMany), 422, "validation_failed");

        assertThat(count("SELECT count(*) FROM noetl.event WHERE execution_id = ?", l.executionId())).isEqualTo(before);
        assertThat(sql("SELECT status FROM noetl.command WHERE command_id = ?", l.commandId())).containsExactly("LEASED");
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", l.executionId())).containsExactly("RUNNING");
    }

    @Test
    void aResultOverTheCapFailsTheAttemptWithResultTooLarge() throws Exception {
        FlowFixtures.Leased l = started();
        Response r = report(l, "command.completed", ok("y".repeat(1024 * 1024 + 1)), "big");

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(sql("SELECT event_type || ':' || (result->'error'->>'kind') FROM noetl.event WHERE command_id = ?"
                + " AND event_type IN ('command.completed', 'command.failed')", l.commandId())).containsExactly("command.failed:result_too_large");
        assertThat(sql("SELECT status FROM noetl.step_state WHERE execution_id = ? AND step_name = 'fetch'", l.executionId()))
                .containsExactly("FAILED");
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", l.executionId())).containsExactly("FAILED");
    }

    /** The same key twice, or two keys (a worker that lost the first answer and made a new key): one terminal event. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theSameResultPostedTwiceAtOnceIsStoredOnce(boolean sameKey) throws Exception {
        FlowFixtures.Leased l = started();
        List<Response> answers = concurrently(List.of(
                () -> report(l, "command.completed", ok(Map.of("n", 1)), "twice-a"),
                () -> report(l, "command.completed", ok(Map.of("n", 1)), sameKey ? "twice-a" : "twice-b")));

        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isEqualTo(200));
        assertThat(answers.stream().filter(r -> r.jsonPath().getBoolean("duplicate"))).hasSize(1);
        assertThat(answers.get(0).jsonPath().getList("event_ids")).isEqualTo(answers.get(1).jsonPath().getList("event_ids"));
        assertThat(count("SELECT count(*) FROM noetl.event WHERE command_id = ? AND event_type = 'command.completed'",
                l.commandId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM noetl.event WHERE execution_id = ? AND event_type = 'playbook.completed'",
                l.executionId())).isEqualTo(1);
    }
}
