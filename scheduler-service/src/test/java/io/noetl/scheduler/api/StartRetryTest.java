package io.noetl.scheduler.api;

import static io.noetl.scheduler.api.SchedulerFixtures.sql;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Starts that fail: execution-service unreachable (503) retries the same slot under the same key until it
 * starts, never skipping or doubling it; a 4xx ends the run START_FAILED and the schedule stays enabled.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StubExecutionResource.class)
class StartRetryTest {

    @Inject
    Pool pool;

    /** A due hourly schedule written directly (this test has no catalog); emits its id. */
    private long dueSchedule(String path) {
        return Long.parseLong(sql(pool, """
                INSERT INTO noetl.schedule (playbook_path, interval_seconds, next_run_at)
                VALUES ($1, 3600, date_trunc('second', now()) - interval '1 second') RETURNING schedule_id""", path).get(0));
    }

    @Test
    void anUnreachableExecutionServiceRetriesTheSameSlotUntilItStarts() {
        long id = dueSchedule("tests/flaky-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> !sql(pool,
                "SELECT 1 FROM noetl.schedule_fire WHERE schedule_id = $1 AND execution_id IS NOT NULL", id).isEmpty());
        assertThat(sql(pool, "SELECT status || ' ' || attempts FROM noetl.schedule_fire WHERE schedule_id = $1", id))
                .containsExactly("PENDING 3");
        String key = sql(pool, """
                SELECT 'schedule:' || schedule_id || ':' || to_char(fire_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                  FROM noetl.schedule_fire WHERE schedule_id = $1""", id).get(0);
        assertThat(StubExecutionResource.KEYS.stream().filter(key::equals)).hasSize(3);
        assertThat(sql(pool, "SELECT last_status || ' ' || (last_execution_id IS NOT NULL) FROM noetl.schedule WHERE schedule_id = $1", id))
                .containsExactly("PENDING true");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("noetl_scheduler_start_failures_total\\{[^}]*reason=\"unreachable\"[^}]*\\} [1-9]")
                .containsPattern("noetl_scheduler_fires_total\\{[^}]*outcome=\"started\"[^}]*\\} [1-9]")
                .containsPattern("noetl_scheduler_fire_lateness_seconds_count(\\{[^}]*\\})? [1-9]");
    }

    @Test
    void aRefusedStartEndsTheRunStartFailedAndTheScheduleStaysEnabled() {
        long id = dueSchedule("tests/refuse-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> sql(pool,
                "SELECT status FROM noetl.schedule_fire WHERE schedule_id = $1", id).contains("START_FAILED"));
        assertThat(sql(pool, "SELECT error FROM noetl.schedule_fire WHERE schedule_id = $1", id)).containsExactly("No playbook at this path.");
        assertThat(sql(pool, "SELECT enabled || ' ' || last_status FROM noetl.schedule WHERE schedule_id = $1", id))
                .containsExactly("true START_FAILED");
        given().post("/api/schedules/" + id + "/trigger").then().statusCode(422).body("errors.path", hasItem("/playbook_path"));
        given().get("/api/schedules/" + id + "/runs").then().statusCode(200).body("items.status", equalTo(java.util.List.of("START_FAILED", "START_FAILED")));
    }

    @Test
    void aTriggerWhileExecutionServiceIsDownIsRecordedAnd202() {
        long id = dueSchedule("tests/down-" + UUID.randomUUID());
        given().post("/api/schedules/" + id + "/trigger").then().statusCode(202).body("status", equalTo("STARTING"))
                .body("manual", equalTo(true));
    }
}
