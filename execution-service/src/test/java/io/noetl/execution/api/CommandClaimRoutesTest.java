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
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/commands/{id}/claim and /heartbeat: every answer of api.md §4.4. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CommandClaimRoutesTest {

    @Inject
    Pool pool;
    CommandFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CommandFixtures(pool);
    }

    static Response claim(long id, String worker, int seconds) {
        return given().contentType("application/json").body(Map.of("worker_id", worker, "lease_seconds", seconds, "locality", "x"))
                .post("/api/commands/" + id + "/claim");
    }

    static Response heartbeat(long id, Object token) {
        return given().contentType("application/json").body(Map.of("worker_id", "w1", "lease_token", token, "extend_seconds", 600))
                .post("/api/commands/" + id + "/heartbeat");
    }

    @Test
    void aClaimLeasesOnceAndTheHolderAskingAgainGetsTheSameLease() {
        long id = fixtures.pendingCommand();
        JsonPath first = claim(id, "w1", 60).then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("status")).isEqualTo("ok");
        assertThat(first.getString("command_status")).isEqualTo("LEASED");
        assertThat(first.getString("command_id")).isEqualTo(first.getString("event_id")).isEqualTo(String.valueOf(id));
        assertThat(first.getInt("attempt")).isEqualTo(1);
        JsonPath again = claim(id, "w1", 60).then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("attempt")).isEqualTo(1);
        assertThat(again.getLong("lease_token")).isEqualTo(first.getLong("lease_token"));
        assertThat(fixtures.events(id, "command.claimed")).hasSize(1);
    }

    @Test
    void anotherWorkerGetsActiveClaimWithRetryAfterUntilTheLeaseEnds() {
        long id = fixtures.pendingCommand();
        claim(id, "w1", 20).then().statusCode(200);
        Response refused = claim(id, "w2", 60);
        assertProblem(refused, 409, "active_claim", "/api/commands/" + id + "/claim");
        assertThat(refused.headers().getValues("Retry-After")).singleElement()
                .satisfies(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(15, 21));
        assertThat(fixtures.command(id).getString("worker_id")).isEqualTo("w1");
    }

    @Test
    void aCommandNotYetDueIsNotReadyWithRetryAfterUntilItIs() {
        long id = fixtures.pendingCommand();
        fixtures.sql("UPDATE command SET available_at = now() + interval '10 seconds' WHERE command_id = $1", id);
        Response refused = claim(id, "w1", 60);
        assertProblem(refused, 409, "not_ready", "/api/commands/" + id + "/claim");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(5, 11);
        assertThat(fixtures.command(id).getInteger("attempt")).isZero();
    }

    @Test
    void finishedCommandsAndCommandsOfCancelledExecutionsAreAlreadyTerminal() {
        long done = fixtures.pendingCommand();
        fixtures.sql("UPDATE command SET status = 'COMPLETED' WHERE command_id = $1", done);
        Response finished = claim(done, "w1", 60);
        assertProblem(finished, 409, "already_terminal", "/api/commands/" + done + "/claim");
        assertThat(finished.jsonPath().getString("command_status")).isEqualTo("COMPLETED");

        long orphan = fixtures.pending(fixtures.execution("CANCELLED"), CommandFixtures.freshPool(), 1).get(0);
        Response cancelled = claim(orphan, "w1", 60);
        assertProblem(cancelled, 409, "already_terminal", "/api/commands/" + orphan + "/claim");
        assertThat(cancelled.jsonPath().getString("execution_status")).isEqualTo("CANCELLED");
        assertThat(fixtures.command(orphan).getString("status")).isEqualTo("PENDING");

        assertProblem(claim(Long.MAX_VALUE, "w1", 60), 404, "not_found", "/api/commands/" + Long.MAX_VALUE + "/claim");
        Response noWorker = given().contentType("application/json").body("{}").post("/api/commands/" + orphan + "/claim");
        assertProblem(noWorker, 422, "validation_failed", "/api/commands/" + orphan + "/claim");
    }

    @Test
    void aHeartbeatExtendsTheCurrentLeaseAndAStaleTokenIs409AndChangesNothing() {
        long id = fixtures.pendingCommand();
        long token = claim(id, "w1", 30).jsonPath().getLong("lease_token");
        Row before = fixtures.command(id);
        Response stale = heartbeat(id, token + 1);
        assertProblem(stale, 409, "stale_lease", "/api/commands/" + id + "/heartbeat");
        Row after = fixtures.command(id);
        assertThat(after.getOffsetDateTime("lease_until")).isEqualTo(before.getOffsetDateTime("lease_until"));
        assertThat(after.getOffsetDateTime("updated_at")).isEqualTo(before.getOffsetDateTime("updated_at"));

        JsonPath beat = heartbeat(id, token).then().statusCode(200).extract().jsonPath();
        assertThat(beat.getString("command_id")).isEqualTo(String.valueOf(id));
        assertThat(beat.getLong("lease_token")).isEqualTo(token);
        assertThat(beat.getBoolean("cancel_requested")).isFalse();
        assertThat(fixtures.one("SELECT lease_until >= now() + interval '590 seconds' FROM command WHERE command_id = $1", id)
                .getBoolean(0)).isTrue();

        fixtures.sql("UPDATE execution SET cancel_requested = true WHERE execution_id = $1", after.getLong("execution_id"));
        assertThat(heartbeat(id, String.valueOf(token)).jsonPath().getBoolean("cancel_requested")).isTrue();
        assertProblem(heartbeat(Long.MAX_VALUE, 1), 404, "not_found", "/api/commands/" + Long.MAX_VALUE + "/heartbeat");
        Response noToken = given().contentType("application/json").body(Map.of("worker_id", "w1")).post("/api/commands/" + id + "/heartbeat");
        assertProblem(noToken, 422, "validation_failed", "/api/commands/" + id + "/heartbeat");
    }
}
