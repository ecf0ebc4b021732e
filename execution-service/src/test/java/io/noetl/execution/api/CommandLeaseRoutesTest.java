package io.noetl.execution.api;

import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.execution.CommandFixtures;
import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/commands/{id} and POST /api/commands/lease (api.md §4.4). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CommandLeaseRoutesTest {

    @Inject
    Pool pool;
    CommandFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CommandFixtures(pool);
    }

    static Response lease(Object body) {
        return given().contentType("application/json").body(body).post("/api/commands/lease");
    }

    @Test
    void leasingOverHttpHandsOutEachCommandOnceInTheWireShapeAndRecordsTheClaim() {
        String p = CommandFixtures.freshPool();
        List<String> ids = fixtures.pending(p, 3).stream().map(String::valueOf).toList();
        JsonPath got = lease(Map.of("worker_id", "w1", "pools", List.of(p), "max", 2, "lease_seconds", 30))
                .then().statusCode(200).extract().jsonPath();
        assertThat(got.getList("items.command_id")).containsExactly(ids.get(0), ids.get(1));
        assertThat(got.getList("items.event_id")).containsExactly(ids.get(0), ids.get(1));
        Map<String, Object> first = got.getMap("items[0]");
        assertThat(first).containsEntry("status", "LEASED").containsEntry("attempt", 1).containsEntry("lease_token", 1)
                .containsEntry("worker_id", "w1").containsEntry("step", "step_1").containsEntry("node_name", "step_1")
                .containsEntry("action", "http").containsEntry("tool_kind", "http").containsEntry("pool", p)
                .containsEntry("max_attempts", 3).containsEntry("cancel_requested", false).containsEntry("meta", Map.of());
        assertThat((String) first.get("execution_id")).matches("[0-9]{1,19}");
        assertThat((String) first.get("lease_until")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(got.getString("items[0].context.url")).isEqualTo("http://x/1");
        long id = Long.parseLong(ids.get(0));
        assertThat(fixtures.one("SELECT lease_until = leased_at + interval '30 seconds' FROM command WHERE command_id = $1", id)
                .getBoolean(0)).isTrue();
        assertThat(fixtures.events(id, "command.claimed")).singleElement()
                .satisfies(e -> assertThat(e.getJsonObject("meta").getString("worker_id")).isEqualTo("w1"));

        Map<String, Object> rest = Map.of("worker_id", "w2", "pools", List.of(p), "max", 64);
        assertThat(lease(rest).jsonPath().getList("items.command_id")).containsExactly(ids.get(2));
        assertThat(lease(rest).jsonPath().getList("items")).isEmpty();
    }

    @Test
    void getCommandReadsOneAndRefusesJunkAndUnknownIds() {
        long id = fixtures.pendingCommand();
        JsonPath c = given().get("/api/commands/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(c.getString("command_id")).isEqualTo(String.valueOf(id));
        assertThat(c.getString("status")).isEqualTo("PENDING");
        assertThat(c.getInt("lease_token")).isZero();
        assertThat(c.getString("worker_id")).isNull();
        assertProblem(given().get("/api/commands/9223372036854775807"), 404, "not_found", "/api/commands/9223372036854775807");
        Response junk = given().get("/api/commands/abc");
        assertProblem(junk, 400, "invalid_parameter", "/api/commands/abc");
        assertThat(junk.jsonPath().getList("errors.path")).containsExactly("path.command_id");
    }

    @Test
    void leaseBodiesBreakingRulesAre422ListingEveryProblemAndUnreadableOnes400() {
        Response invalid = lease(Map.of("pools", List.of(), "max", 0, "lease_seconds", 4, "wait_seconds", 31));
        assertProblem(invalid, 422, "validation_failed", "/api/commands/lease");
        assertThat(invalid.jsonPath().getList("errors.path"))
                .containsExactlyInAnyOrder("/worker_id", "/pools", "/max", "/lease_seconds", "/wait_seconds");

        Response wrongType = lease(Map.of("worker_id", "w", "max", "two"));
        assertProblem(wrongType, 400, "bad_request", "/api/commands/lease");
        assertThat(wrongType.jsonPath().getList("errors.path")).containsExactly("/max");
        assertProblem(lease("{not json"), 400, "bad_request", "/api/commands/lease");
    }

    @Test
    void aLongPollReturnsWorkThatBecomesDueWhileItWaits() {
        String p = CommandFixtures.freshPool();
        long id = fixtures.pending(p, 1).get(0);
        fixtures.sql("UPDATE command SET available_at = now() + interval '1 second' WHERE command_id = $1", id);
        JsonPath got = lease(Map.of("worker_id", "w", "pools", List.of(p), "wait_seconds", 15))
                .then().statusCode(200).extract().jsonPath();
        assertThat(got.getList("items.command_id")).containsExactly(String.valueOf(id));
    }

    @Test
    void aLongPollWithNothingDueAnswersAnEmptyList() {
        Map<String, Object> body = Map.of("worker_id", "w", "pools", List.of(CommandFixtures.freshPool()), "wait_seconds", 1);
        assertThat(lease(body).then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }
}
