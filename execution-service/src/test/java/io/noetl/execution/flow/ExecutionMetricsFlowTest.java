package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.ok;
import static io.noetl.execution.flow.FlowFixtures.report;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.OpsFixtures.oneStepPlaybook;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.execution.service.LeaseReaper;
import io.noetl.execution.service.QueueDepthGauge;
import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The execution series on /q/metrics exist from the start and move with a run, after its commits. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class ExecutionMetricsFlowTest {

    @Inject
    QueueDepthGauge queueDepth;
    @Inject
    LeaseReaper reaper;

    /** The value of the first sample whose name and labels start with {@code series}, or -1 when absent. */
    static double metric(String series) {
        for (String line : given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n")) {
            if (line.startsWith(series) && !line.startsWith("#")) return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
        return -1;
    }

    @Test
    void countersAndTheReportTimerMoveWhenAnExecutionCompletes() throws Exception {
        double started = metric("noetl_executions_started_total");
        double issued = metric("noetl_commands_issued_total");
        double completed = metric("noetl_executions_finished_total{status=\"COMPLETED\"");
        double batches = metric("noetl_event_batch_seconds_count");
        assertThat(started).isGreaterThanOrEqualTo(0);
        assertThat(metric("noetl_executions_finished_total{status=\"CANCELLED\"")).isGreaterThanOrEqualTo(0);

        long id = Long.parseLong(execute(oneStepPlaybook("metrics"), Map.of()).getString("execution_id"));
        report(lease(id).get(0), "command.completed", ok(Map.of("n", 1)), null).then().statusCode(200);
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("COMPLETED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(metric("noetl_executions_started_total")).isGreaterThanOrEqualTo(started + 1);
            assertThat(metric("noetl_commands_issued_total")).isGreaterThanOrEqualTo(issued + 1);
            assertThat(metric("noetl_executions_finished_total{status=\"COMPLETED\"")).isGreaterThanOrEqualTo(completed + 1);
            assertThat(metric("noetl_event_batch_seconds_count")).isGreaterThanOrEqualTo(batches + 1);
        });
    }

    @Test
    void queueDepthCountsDueCommandsPerPool() throws Exception {
        execute(oneStepPlaybook("depth"), Map.of());
        queueDepth.runOnce().await().atMost(Duration.ofSeconds(10));
        assertThat(metric("noetl_queue_depth{pool=\"default\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReclaimedLeaseIsCounted() throws Exception {
        double before = metric("noetl_commands_reclaimed_total");
        long id = Long.parseLong(execute(oneStepPlaybook("reclaim"), Map.of()).getString("execution_id"));
        long command = lease(id).get(0).commandId();
        sql("UPDATE noetl.command SET lease_until = now() - interval '1 hour' WHERE command_id = ? RETURNING 1", command);

        // The scheduled reaper may win the race with this direct pass; either way the counter moves once.
        reaper.runOnce().await().atMost(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(metric("noetl_commands_reclaimed_total")).isGreaterThanOrEqualTo(before + 1));
        assertThat(sql("SELECT status FROM noetl.command WHERE command_id = ?", command)).containsExactly("PENDING");
    }
}
