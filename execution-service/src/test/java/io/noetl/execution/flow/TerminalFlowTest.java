package io.noetl.execution.flow;

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
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status never moves backwards: a report that arrives after the end changes nothing but its own command. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class TerminalFlowTest {

    @Test
    void aLateReportAfterCancelIsRefusedAsAlreadyTerminalAndClosesItsCommand() throws Exception {
        String path = uniquePath("late");
        register("apiVersion: noetl.io/v2\nkind: Playbook\nmetadata: {name: t, path: " + path + "}\n"
                + "workflow:\n  - {step: a, tool: {kind: http, url: \"http://127.0.0.1:9/a\"}, next: b}\n  - {step: b}\n");
        long id = Long.parseLong(execute(path, Map.of()).getString("execution_id"));
        FlowFixtures.Leased l = lease(id).get(0);
        given().contentType("application/json").body("{}").post("/api/executions/" + id + "/cancel").then().statusCode(200);
        assertThat(sql("SELECT cancel_requested::text FROM noetl.command WHERE command_id = ?", l.commandId()))
                .as("a leased command is flagged for its worker's next heartbeat").containsExactly("true");

        Response late = report(l, "command.completed", ok(Map.of("x", 1)), "late-1");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.jsonPath().getString("code")).isEqualTo("already_terminal");
        assertThat(late.jsonPath().getString("execution_status")).isEqualTo("CANCELLED");
        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("CANCELLED");
        assertThat(sql("SELECT status FROM noetl.command WHERE command_id = ?", l.commandId())).containsExactly("CANCELLED");
        assertThat(sql("SELECT run_count::text FROM noetl.step_state WHERE execution_id = ? AND step_name = 'b'", id))
                .containsExactly("0");
        assertThat(sql("SELECT count(*)::text FROM noetl.event WHERE command_id = ? AND event_type = 'command.completed'",
                l.commandId())).containsExactly("0");
    }
}
