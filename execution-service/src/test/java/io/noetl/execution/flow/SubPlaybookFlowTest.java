package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.execute;
import static io.noetl.execution.flow.FlowFixtures.lease;
import static io.noetl.execution.flow.FlowFixtures.register;
import static io.noetl.execution.flow.FlowFixtures.report;
import static io.noetl.execution.flow.FlowFixtures.sql;
import static io.noetl.execution.flow.FlowFixtures.uniquePath;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §9: the orchestrator starts children and the child's end is the parent run's boundary. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class SubPlaybookFlowTest {

    static String parent(String path, String child) {
        return """
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: parent, path: %s}
                workload: {name: Ada}
                workflow:
                  - step: call
                    tool: {kind: playbook, path: %s, args: {who: "{{ name }}"}}
                    next: after
                  - {step: after, tool: {kind: noop, args: {got: "{{ call.greeting }}"}}}
                """.formatted(path, child);
    }

    static String child(String path, String tool) {
        return "apiVersion: noetl.io/v2\nkind: Playbook\nmetadata: {name: child, path: " + path + "}\n"
                + "workload: {who: nobody}\nworkflow:\n  - step: hello\n    tool: " + tool + "\n";
    }

    static String status(long id) throws Exception {
        List<String> s = sql("SELECT status FROM noetl.execution WHERE execution_id = ?", id);
        return s.isEmpty() ? null : s.get(0);
    }

    /** Waits until the orchestrator has started the child of {@code parentId}, and returns its id. */
    static long childOf(long parentId) throws Exception {
        String query = "SELECT execution_id FROM noetl.execution WHERE parent_execution_id = ?";
        await().atMost(Duration.ofSeconds(30)).until(() -> !sql(query, parentId).isEmpty());
        return Long.parseLong(sql(query, parentId).get(0));
    }

    @Test
    void theChildsResultBecomesTheParentStepsResult() throws Exception {
        String childPath = uniquePath("child");
        String parentPath = uniquePath("parent");
        register(child(childPath, "{kind: noop, args: {greeting: \"hi {{ who }}\"}}"));
        register(parent(parentPath, childPath));
        long id = Long.parseLong(execute(parentPath, Map.of()).getString("execution_id"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(id)));
        assertThat(sql("SELECT result->>'got' FROM noetl.execution WHERE execution_id = ?", id)).containsExactly("hi Ada");
        assertThat(sql("SELECT status || ' ' || parent_step || ' ' || (trigger->>'type') FROM noetl.execution WHERE parent_execution_id = ?", id))
                .containsExactly("COMPLETED call parent");
        assertThat(sql("SELECT count(*)::text FROM noetl.event WHERE execution_id = ? AND event_type = 'command.completed'", id))
                .containsExactly("1");
    }

    @Test
    void aFailedChildFailsTheParentStepWithChildFailed() throws Exception {
        String childPath = uniquePath("child");
        String parentPath = uniquePath("parent");
        register(child(childPath, "{kind: http, url: \"http://127.0.0.1:9/x\"}"));
        register(parent(parentPath, childPath));
        long id = Long.parseLong(execute(parentPath, Map.of()).getString("execution_id"));
        long childId = childOf(id);
        report(lease(childId).get(0), "command.failed", null, null).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(id)));
        assertThat(sql("SELECT (error->>'kind') || ' ' || (error->>'step') FROM noetl.execution WHERE execution_id = ?", id))
                .containsExactly("child_failed call");
    }

    @Test
    void cancellingTheParentCancelsTheRunningChild() throws Exception {
        String childPath = uniquePath("child");
        String parentPath = uniquePath("parent");
        register(child(childPath, "{kind: http, url: \"http://127.0.0.1:9/x\"}"));
        register(parent(parentPath, childPath));
        long id = Long.parseLong(execute(parentPath, Map.of()).getString("execution_id"));
        long childId = childOf(id);
        var r = given().contentType("application/json").body("{}").post("/api/executions/" + id + "/cancel");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.jsonPath().getList("cancelled_executions")).containsExactly(Long.toString(id), Long.toString(childId));
        assertThat(status(childId)).isEqualTo("CANCELLED");
        assertThat(lease(childId)).isEmpty();
    }
}
