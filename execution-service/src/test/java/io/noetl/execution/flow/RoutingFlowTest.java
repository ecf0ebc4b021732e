package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.eventTypes;
import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.ok;
import static io.noetl.execution.flow.FlowFixtures.register;
import static io.noetl.execution.flow.FlowFixtures.report;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.FlowFixtures.uniquePath;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loops, failures, final steps and cancel through the orchestrator, with the test as the worker. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class RoutingFlowTest {

    @jakarta.inject.Inject
    io.noetl.execution.service.LeaseReaper reaper;

    static String playbook(String path, String workflow) {
        return "apiVersion: noetl.io/v2\nkind: Playbook\nmetadata: {name: t, path: " + path + "}\n" + workflow;
    }

    @Test
    void aParallelLoopKeepsItsBoundAndAggregatesInIterationOrder() throws Exception {
        String path = uniquePath("loop");
        register(playbook(path, """
                workload: {items: [a, b, c]}
                workflow:
                  - step: fetch
                    loop: {in: "{{ items }}", iterator: it, spec: {mode: parallel, max_in_flight: 2}}
                    tool: {kind: http, url: "http://127.0.0.1:9/{{ it }}"}
                    next: done
                  - step: done
                    tool: {kind: noop, args: {n: "{{ fetch.stats.total }}", first: "{{ fetch.results[0] }}"}}
                """));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        List<FlowFixtures.Leased> first = lease(id);
        assertThat(first).extracting(FlowFixtures.Leased::loopIndex).containsExactlyInAnyOrder(0, 1);
        report(first.get(1), "command.completed", ok("r1"), null).then().statusCode(200);
        List<FlowFixtures.Leased> third = lease(id);
        assertThat(third).extracting(FlowFixtures.Leased::loopIndex).containsExactly(2);
        report(third.get(0), "command.completed", ok("r2"), null).then().statusCode(200);
        report(first.get(0), "command.completed", ok("r0"), null).then().statusCode(200);

        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("COMPLETED");
        assertThat(sql("SELECT result->'results' #>> '{}' FROM noetl.step_state WHERE execution_id = ? AND step_name = 'fetch'", id))
                .containsExactly("[\"r0\", \"r1\", \"r2\"]");
        assertThat(sql("SELECT result::text FROM noetl.execution WHERE execution_id = ?", id).get(0))
                .isEqualTo("{\"n\": 3, \"first\": \"r0\"}");
        assertThat(eventTypes(id)).contains("loop.done:fetch").containsOnlyOnce("loop.done:fetch");
    }

    @Test
    void anUnhandledFailureRunsTheFinalStepAndFailsTheExecution() throws Exception {
        String path = uniquePath("fail");
        register(playbook(path, """
                executor: {spec: {final_step: cleanup}}
                workflow:
                  - step: a
                    tool: {kind: http, url: "http://127.0.0.1:9/a"}
                    next: b
                  - {step: b, tool: {kind: noop}}
                  - step: cleanup
                    tool: {kind: noop, args: {status: "{{ workflow.status }}", failed: "{{ workflow.failed_steps }}"}}
                """));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        report(lease(id).get(0), "command.failed", null, null).then().statusCode(200);

        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("FAILED");
        assertThat(sql("SELECT error->>'step' FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("a");
        assertThat(sql("SELECT result::text FROM noetl.step_state WHERE execution_id = ? AND step_name = 'cleanup'", id))
                .containsExactly("{\"failed\": [\"a\"], \"status\": \"error\"}");
        assertThat(sql("SELECT run_count::text FROM noetl.step_state WHERE execution_id = ? AND step_name = 'b'", id))
                .containsExactly("0");
        assertThat(eventTypes(id)).endsWith("step.exit:cleanup", "workflow.failed:workflow", "playbook.failed:" + path);
    }

    @Test
    void anArcThatReadsTheOutcomeHandlesTheErrorAndTheRunCompletes() throws Exception {
        String path = uniquePath("handled");
        register(playbook(path, """
                workflow:
                  - step: a
                    tool: {kind: http, url: "http://127.0.0.1:9/a"}
                    next:
                      arcs:
                        - {step: recover, when: "{{ outcome.status == 'error' }}", set: {ctx.kind: "{{ outcome.error.kind }}"}}
                        - step: b
                  - {step: b, tool: {kind: noop}}
                  - {step: recover, tool: {kind: noop, args: {kind: "{{ ctx.kind }}"}}}
                """));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        report(lease(id).get(0), "command.failed", null, null).then().statusCode(200);

        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("COMPLETED");
        assertThat(sql("SELECT step_name || '=' || status FROM noetl.step_state WHERE execution_id = ? ORDER BY step_name", id))
                .containsExactly("a=FAILED", "b=PENDING", "recover=COMPLETED");
        assertThat(sql("SELECT result->>'kind' FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("error");
    }

    @Test
    void cancelEndsTheExecutionAndItsQueuedCommandsAtOnce() throws Exception {
        String path = uniquePath("cancel");
        register(playbook(path, "workflow:\n  - {step: a, tool: {kind: http, url: \"http://127.0.0.1:9/a\"}}\n"));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        var r = given().contentType("application/json").body(Map.of("reason", "enough")).post("/api/executions/" + id + "/cancel");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getString("status")).isEqualTo("cancelled");
        assertThat(r.jsonPath().getInt("cancelled_commands")).isEqualTo(1);
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("CANCELLED");
        assertThat(lease(id)).isEmpty();
        var again = given().contentType("application/json").body("{}").post("/api/executions/" + id + "/cancel");
        assertThat(again.jsonPath().getString("status")).isEqualTo("already_completed");
    }

    @Test
    void aLeaseExpiredWithNoAttemptLeftFailsTheRunThroughTheRouting() throws Exception {
        String path = uniquePath("expiry");
        register(playbook(path, """
                workflow:
                  - step: a
                    tool: {kind: http, url: "http://127.0.0.1:9/a"}
                    next: [{step: noted, when: "{{ outcome.error.kind == 'lease_expired' }}"}]
                  - {step: noted, tool: {kind: noop, args: {kind: "{{ a.error.kind if a is defined else 'expired' }}"}}}
                """));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        FlowFixtures.Leased l = lease(id).get(0);
        sql("UPDATE noetl.command SET attempt = max_attempts, lease_until = now() - interval '1 second' "
                + "WHERE command_id = ? RETURNING command_id", l.commandId());
        reaper.runOnce().await().atMost(java.time.Duration.ofSeconds(30));

        assertThat(sql("SELECT status || ' ' || (error->>'kind') FROM noetl.command WHERE command_id = ?", l.commandId()))
                .containsExactly("FAILED lease_expired");
        assertThat(sql("SELECT step_name || '=' || status FROM noetl.step_state WHERE execution_id = ? ORDER BY step_name", id))
                .containsExactly("a=FAILED", "noted=COMPLETED");
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("COMPLETED");
        assertThat(sql("SELECT count(*)::text FROM noetl.event WHERE command_id = ? AND event_type = 'command.failed'",
                l.commandId())).containsExactly("1");
    }
}
