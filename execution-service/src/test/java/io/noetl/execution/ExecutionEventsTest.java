package io.noetl.execution;

import static io.noetl.execution.ExecutionFixtures.event;
import static io.noetl.execution.ExecutionFixtures.execution;
import static io.noetl.execution.ExecutionFixtures.freshPath;
import static io.noetl.execution.ExecutionFixtures.playbook;
import static io.noetl.execution.ExecutionListTest.id;
import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExecutionEventsTest {

    private long executionId;
    private final List<String> events = new ArrayList<>();   // oldest first

    /** A finished run of five events: initialized, issued, completed, step.exit, completed. */
    @BeforeEach
    void run() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        executionId = execution(catalog, path, "COMPLETED");
        events.add(id(event(executionId, catalog, "playbook.initialized", path, "RUNNING", "{\"trigger\": {\"type\": \"api\"}}")));
        events.add(id(event(executionId, catalog, "command.issued", "greet", "PENDING", "{\"attempt\": 1}")));
        events.add(id(event(executionId, catalog, "command.completed", "greet", "COMPLETED", null)));
        events.add(id(event(executionId, catalog, "step.exit", "greet", "COMPLETED", "{\"arcs_fired\": [0]}")));
        events.add(id(event(executionId, catalog, "playbook.completed", path, "COMPLETED", null)));
    }

    @Test
    void eventsComeNewestFirstByDefaultWithUpstreamAliases() {
        JsonPath body = given().get("/api/executions/" + executionId + "/events").then().statusCode(200).extract().jsonPath();
        assertThat(body.getString("execution_id")).isEqualTo(id(executionId));
        assertThat(body.getString("status")).isEqualTo("COMPLETED");
        assertThat(body.getList("events.event_id")).containsExactlyElementsOf(newestFirst());
        assertThat(body.getString("next_cursor")).isNull();
        assertThat(body.getMap("$")).doesNotContainKey("pagination");
        assertThat(body.getString("events[1].node_id")).isEqualTo("greet").isEqualTo(body.getString("events[1].node_name"));
        assertThat(body.getString("events[1].timestamp")).isEqualTo(body.getString("events[1].created_at"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(body.getList("events[1].meta.arcs_fired")).containsExactly(0);
        assertThat(body.getString("events[0].command_id")).isNull();
    }

    @Test
    void sinceEventIdAscendingTailsTheRunAndTypesFilter() {
        JsonPath tail = given().queryParam("since_event_id", events.get(1)).queryParam("order", "asc")
                .get("/api/executions/" + executionId + "/events").jsonPath();
        assertThat(tail.getList("events.event_id")).containsExactlyElementsOf(events.subList(2, 5));
        JsonPath typed = given().queryParam("event_type", "step.exit, COMMAND.ISSUED")
                .get("/api/executions/" + executionId + "/events").jsonPath();
        assertThat(typed.getList("events.event_type")).containsExactly("step.exit", "command.issued");
    }

    @Test
    void cursorPagesInBothOrdersAndAreBoundToTheirOrder() {
        for (String order : List.of("asc", "desc")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParam("order", order).queryParam("limit", 2);
                if (cursor != null) request.queryParam("cursor", cursor);
                Response page = request.get("/api/executions/" + executionId + "/events");
                seen.addAll(page.jsonPath().getList("events.event_id"));
                cursor = page.jsonPath().getString("next_cursor");
                if (cursor != null) assertThat(page.header("Link")).contains("cursor=");
            } while (cursor != null);
            assertThat(seen).containsExactlyElementsOf(order.equals("asc") ? events : newestFirst());
        }
        String descCursor = given().queryParam("limit", 2).get("/api/executions/" + executionId + "/events").jsonPath().getString("next_cursor");
        String where = "/api/executions/" + executionId + "/events";
        assertProblem(given().queryParam("order", "asc").queryParam("cursor", descCursor).get(where), 400, "invalid_cursor", where);
        assertProblem(given().queryParam("cursor", "eyJ2IjoxfQ").get(where), 400, "invalid_cursor", where);
        assertProblem(given().queryParam("order", "sideways").get(where), 400, "invalid_parameter", where);
    }

    @Test
    void pageModeAnswersUpstreamsPaginationWithTotals() {
        JsonPath second = given().queryParam("page", 2).queryParam("page_size", 2).queryParam("order", "asc")
                .get("/api/executions/" + executionId + "/events").jsonPath();
        assertThat(second.getList("events.event_id")).containsExactlyElementsOf(events.subList(2, 4));
        assertThat(second.getInt("pagination.page")).isEqualTo(2);
        assertThat(second.getInt("pagination.page_size")).isEqualTo(2);
        assertThat(second.getInt("pagination.total_events")).isEqualTo(5);
        assertThat(second.getInt("pagination.total_pages")).isEqualTo(3);
        assertThat(second.getBoolean("pagination.has_next")).isTrue();
        assertThat(second.getBoolean("pagination.has_prev")).isTrue();
        JsonPath typed = given().queryParam("page", 1).queryParam("event_type", "playbook.completed")
                .get("/api/executions/" + executionId + "/events").jsonPath();
        assertThat(typed.getInt("pagination.total_events")).isEqualTo(1);
        assertThat(typed.getBoolean("pagination.has_next")).isFalse();
    }

    @Test
    void theDetailCarriesResultAndAnEventsPageUnlessDeclined() throws Exception {
        JsonPath detail = given().queryParam("limit", 2).get("/api/executions/" + executionId).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("execution_id")).isEqualTo(id(executionId));
        assertThat(detail.getBoolean("events_included")).isTrue();
        assertThat(detail.getList("events.event_id")).containsExactly(events.get(4), events.get(3));
        assertThat(detail.getString("next_cursor")).isNotNull();
        assertThat(detail.getString("events_endpoint")).isEqualTo("/api/executions/" + executionId + "/events");

        JsonPath bare = given().queryParam("include_events", "false").get("/api/executions/" + executionId).jsonPath();
        assertThat(bare.getBoolean("events_included")).isFalse();
        assertThat(bare.getList("events")).isEmpty();
        assertThat(bare.getString("next_cursor")).isNull();
        assertThat(bare.getInt("progress")).isEqualTo(100);
    }

    private List<String> newestFirst() {
        List<String> copy = new ArrayList<>(events);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void unknownIdsAre404AndJunkIds400() {
        for (String suffix : List.of("", "/events", "/status", "/steps", "/graph", "/result", "/cancellation-check")) {
            String unknown = "/api/executions/1" + suffix;
            assertProblem(given().get(unknown), 404, "not_found", unknown);
            String junk = "/api/executions/12ab" + suffix;
            Response r = given().get(junk);
            assertProblem(r, 400, "invalid_parameter", junk);
            assertThat(r.jsonPath().getList("errors.path")).containsExactly("path.id");
        }
        assertProblem(given().get("/api/executions/99999999999999999999"), 400, "invalid_parameter", "/api/executions/99999999999999999999");
    }
}
