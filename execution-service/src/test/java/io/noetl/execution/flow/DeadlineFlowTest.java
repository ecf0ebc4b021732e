package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.register;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.FlowFixtures.uniquePath;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.execution.service.StepDeadlines;
import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §3: deadline_s bounds a whole run, loop iterations included; past it the run fails with kind timeout. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class DeadlineFlowTest {

    @Inject
    StepDeadlines deadlines;

    @Test
    void aLoopPastItsDeadlineStopsItsIterationsAndFailsWithTimeout() throws Exception {
        String path = uniquePath("deadline");
        register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: t, path: %s}
                workload: {items: [1, 2, 3]}
                workflow:
                  - step: slow
                    spec: {policy: {lifecycle: {deadline_s: 30}}}
                    loop: {in: "{{ items }}", iterator: i}
                    tool: {kind: http, url: "http://127.0.0.1:9/{{ i }}"}
                """.formatted(path));
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        FlowFixtures.Leased first = lease(id).get(0);
        assertThat(deadlines.runOnce().await().atMost(Duration.ofSeconds(30))).as("within its deadline").isZero();
        sql("UPDATE noetl.step_state SET started_at = now() - interval '60 seconds' WHERE execution_id = ? AND step_name = 'slow' "
                + "RETURNING step_name", id);
        assertThat(deadlines.runOnce().await().atMost(Duration.ofSeconds(30))).isEqualTo(1);

        assertThat(sql("SELECT status || ' ' || (error->>'kind') || ' ' || (error->>'step') FROM noetl.execution WHERE execution_id = ?", id))
                .containsExactly("FAILED timeout slow");
        assertThat(sql("SELECT cancel_requested::text FROM noetl.command WHERE command_id = ?", first.commandId()))
                .as("the running iteration is asked to stop").containsExactly("true");
        assertThat(sql("SELECT count(*)::text FROM noetl.command WHERE execution_id = ? AND status = 'PENDING'", id))
                .as("held iterations are cancelled").containsExactly("0");
        assertThat(sql("SELECT status FROM noetl.step_state WHERE execution_id = ? AND step_name = 'slow'", id)).isEqualTo(List.of("FAILED"));
    }
}
