package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.register;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.FlowFixtures.uniquePath;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.execution.service.StepTimeouts;
import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.7: the orchestrator's backstop fails a command its worker kept running past the step timeout. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class TimeoutFlowTest {

    @Inject
    StepTimeouts timeouts;

    @Test
    void aCommandPastItsStepTimeoutFailsWithKindTimeout() throws Exception {
        String path = uniquePath("timeout");
        register("apiVersion: noetl.io/v2\nkind: Playbook\nmetadata: {name: t, path: " + path + "}\n"
                + "workflow:\n  - {step: slow, spec: {timeout: 2s}, tool: {kind: http, url: \"http://127.0.0.1:9/a\"}}\n");
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        FlowFixtures.Leased l = lease(id).get(0);
        assertThat(timeouts.runOnce().await().atMost(Duration.ofSeconds(30))).as("within its limit").isZero();
        sql("UPDATE noetl.command SET leased_at = now() - interval '60 seconds' WHERE command_id = ? RETURNING command_id",
                l.commandId());
        assertThat(timeouts.runOnce().await().atMost(Duration.ofSeconds(30))).isEqualTo(1);

        assertThat(sql("SELECT status || ' ' || (error->>'kind') FROM noetl.command WHERE command_id = ?", l.commandId()))
                .containsExactly("FAILED timeout");
        assertThat(sql("SELECT status || ' ' || (error->>'kind') || ' ' || (error->>'step') FROM noetl.execution WHERE execution_id = ?", id))
                .containsExactly("FAILED timeout slow");
    }
}
