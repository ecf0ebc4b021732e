package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.ok;
import static io.noetl.execution.flow.FlowFixtures.register;
import static io.noetl.execution.flow.FlowFixtures.report;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.FlowFixtures.uniquePath;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §12.3: exclusive then inclusive routing into a {@code join: all} step; admission and on_no_match. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class JoinFlowTest {

    @Test
    void whenHotTheJoinWaitsForTheLiveBranchOnlyAndRunsOnce() throws Exception {
        register(Files.readString(Path.of("..", "examples", "branch_and_join.yaml")));
        long id = Long.parseLong(execute("examples/branch_and_join", Map.of()).getString("execution_id"));
        report(lease(id).get(0), "command.completed", ok(Map.of("celsius", 31.0, "hot", true)), null).then().statusCode(200);

        List<FlowFixtures.Leased> afterMeasure = lease(id);
        assertThat(afterMeasure).extracting(FlowFixtures.Leased::step).containsExactly("alert");
        assertThat(sql("SELECT jsonb_array_length(tokens)::text FROM noetl.step_state WHERE execution_id = ? AND step_name = 'summary'", id))
                .as("log_reading's token waits while alert can still reach summary").containsExactly("1");
        report(afterMeasure.get(0), "command.completed", ok(Map.of("sent", true)), null).then().statusCode(200);

        List<FlowFixtures.Leased> summary = lease(id);
        assertThat(summary).extracting(FlowFixtures.Leased::step).containsExactly("summary");
        assertThat(sql("SELECT context->'render'->'ctx'->>'logged_c' FROM noetl.command WHERE command_id = ?",
                summary.get(0).commandId())).containsExactly("31.0");
        report(summary.get(0), "command.completed", ok(Map.of("hot", true)), null).then().statusCode(200);
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("COMPLETED");
        assertThat(sql("SELECT step_name FROM noetl.step_state WHERE execution_id = ? AND run_count > 0 ORDER BY step_name", id))
                .containsExactly("alert", "hot", "log_reading", "measure", "summary");
    }

    @Test
    void whenColdTheJoinFiresRightAfterTheOnlyBranchTaken() throws Exception {
        register(Files.readString(Path.of("..", "examples", "branch_and_join.yaml")));
        long id = Long.parseLong(execute("examples/branch_and_join", Map.of("temperature_c", 10)).getString("execution_id"));
        report(lease(id).get(0), "command.completed", ok(Map.of("celsius", 10.0, "hot", false)), null).then().statusCode(200);
        assertThat(lease(id)).extracting(FlowFixtures.Leased::step).containsExactly("summary");
    }

    @Test
    void aDeniedAdmissionSkipsTheStepAndRoutingGoesOnFromIt() throws Exception {
        String path = uniquePath("admit");
        register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: t, path: %s}
                workload: {enabled: false}
                workflow:
                  - step: start
                    next: guarded
                  - step: guarded
                    spec: {policy: {admit: {rules: [{when: "{{ enabled }}", then: {allow: true}}, {else: {then: {allow: false}}}]}}}
                    tool: {kind: http, url: "http://127.0.0.1:9/x"}
                    next: [{step: after, when: "{{ outcome.status == 'skipped' }}"}]
                  - {step: after, tool: {kind: noop, args: {seen: skipped}}}
                """.formatted(path));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        assertThat(lease(id)).isEmpty();
        assertThat(sql("SELECT step_name || '=' || status FROM noetl.step_state WHERE execution_id = ? ORDER BY step_name", id))
                .containsExactly("after=COMPLETED", "guarded=SKIPPED", "start=COMPLETED");
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("COMPLETED");
        assertThat(sql("SELECT count(*)::text FROM noetl.event WHERE execution_id = ? AND event_type = 'step.skipped'", id))
                .containsExactly("1");
    }

    @Test
    void onNoMatchFailMakesAnOkRunWithoutAMatchingArcAFailure() throws Exception {
        String path = uniquePath("nomatch");
        register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: t, path: %s}
                executor: {spec: {no_next_is_error: true}}
                workflow:
                  - step: start
                    next: [{step: never, when: "{{ 1 > 2 }}"}]
                  - {step: never}
                """.formatted(path));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        assertThat(sql("SELECT status || ' ' || (error->>'kind') FROM noetl.execution WHERE execution_id = ?", id))
                .containsExactly("FAILED no_match");
    }
}
