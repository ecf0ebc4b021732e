package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.eventTypes;
import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.ok;
import static io.noetl.execution.flow.FlowFixtures.register;
import static io.noetl.execution.flow.FlowFixtures.report;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §12.1 end to end through the orchestrator: the test is the worker that runs the python step. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class HelloWorldFlowTest {

    @Test
    void helloWorldRoutesOnTheGreetingAndCompletesWithTheLongVerdict() throws Exception {
        register(Files.readString(Path.of("..", "examples", "hello_world.yaml")));
        JsonPath started = execute("examples/hello_world", Map.of());
        long id = Long.parseLong(started.getString("execution_id"));
        assertThat(started.getString("execution_status")).isEqualTo("RUNNING");
        assertThat(started.getInt("commands_generated")).isEqualTo(1);

        List<FlowFixtures.Leased> leased = lease(id);
        assertThat(leased).extracting(FlowFixtures.Leased::step).containsExactly("greet");
        Response r = report(leased.get(0), "command.completed", ok(Map.of("message", "Hello, World!", "length", 13)), "k1");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.jsonPath().getString("execution_status")).isEqualTo("COMPLETED");

        assertThat(sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("COMPLETED");
        assertThat(sql("SELECT result::text FROM noetl.execution WHERE execution_id = ?", id).get(0))
                .contains("\"verdict\": \"long\"").contains("\"message\": \"Hello, World!\"");
        assertThat(sql("SELECT status FROM noetl.step_state WHERE execution_id = ? AND step_name = 'short_greeting'", id))
                .containsExactly("PENDING");
        assertThat(eventTypes(id)).containsExactly(
                "playbook.initialized:examples/hello_world", "workflow.initialized:workflow", "command.issued:greet",
                "command.completed:greet", "step.exit:greet", "step.exit:check", "step.exit:long_greeting",
                "workflow.completed:workflow", "playbook.completed:examples/hello_world");
    }

    @Test
    void aStaleTokenIsRefusedAndARepeatedReportIsADuplicate() throws Exception {
        register(Files.readString(Path.of("..", "examples", "hello_world.yaml")));
        long id = Long.parseLong(execute("examples/hello_world", Map.of("who", "Al")).getString("execution_id"));
        FlowFixtures.Leased l = lease(id).get(0);
        FlowFixtures.Leased stale = new FlowFixtures.Leased(l.commandId(), id, l.step(), null, l.token() - 1, l.attempt());
        Response refused = report(stale, "command.completed", ok(Map.of("message", "x", "length", 1)), "s1");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.jsonPath().getString("code")).isEqualTo("stale_lease");
        assertThat(sql("SELECT status FROM noetl.command WHERE command_id = ?", l.commandId())).containsExactly("LEASED");

        Response first = report(l, "command.completed", ok(Map.of("message", "Hello, Al!", "length", 10)), "k2");
        Response again = report(l, "command.completed", ok(Map.of("message", "Hello, Al!", "length", 10)), "k2");
        assertThat(first.jsonPath().getBoolean("duplicate")).isFalse();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getBoolean("duplicate")).isTrue();
        assertThat(again.jsonPath().getList("event_ids")).isEqualTo(first.jsonPath().getList("event_ids"));
        assertThat(sql("SELECT count(*) FROM noetl.event WHERE command_id = ? AND event_type = 'command.completed'",
                l.commandId())).containsExactly("1");
        assertThat(sql("SELECT result->>'verdict' FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("short");
    }
}
