package io.noetl.scheduler.api;

import io.noetl.testsupport.PeersResource;
import static io.noetl.scheduler.api.SchedulerFixtures.create;
import static io.noetl.scheduler.api.SchedulerFixtures.exec;
import static io.noetl.scheduler.api.SchedulerFixtures.noopPlaybook;
import static io.noetl.scheduler.api.SchedulerFixtures.sql;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.scheduler.service.ScheduleTick;
import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Firing against real catalog and execution processes: catch-up after downtime per policy (downtime made
 * by ageing next_run_at), pause and resume, trigger now. Verdicts come from schedule_fire and execution rows.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeersResource.class)
class ScheduleFiringTest {

    /** An hourly schedule whose next slot is aged to 5 h 1 min ago: the six slots -5h01, -4h01 … -0h01 were missed. */
    private static final String AGE = "UPDATE noetl.schedule SET next_run_at = date_trunc('second', now()) - interval '5 hours 1 minute' WHERE schedule_id = $1";

    @Inject
    Pool pool;
    @Inject
    ScheduleTick tick;

    @Test
    void catchupNoneSkipsEveryMissedSlot() {
        long id = afterDowntime("none", null);
        assertThat(fires(id)).isEmpty();
        assertThat(nextRunAtMinusNow(id)).isBetween(58L * 60, 59L * 60);
    }

    @Test
    void catchupLatestFiresTheMostRecentMissedSlotOnce() {
        long id = afterDowntime("latest", null);
        assertThat(ageOfFires(id)).containsExactly(60L);
        assertStarted(id, 1);
    }

    @Test
    void catchupAllFiresEveryMissedSlotOldestFirstUpToMaxCatchup() {
        long all = afterDowntime("all", null);
        assertThat(ageOfFires(all)).containsExactly(18060L, 14460L, 10860L, 7260L, 3660L, 60L);
        long capped = afterDowntime("all", 2);
        assertThat(ageOfFires(capped)).containsExactly(3660L, 60L);
        assertStarted(all, 6);
        assertThat(sql(pool, "SELECT trigger->>'type' FROM noetl.execution WHERE idempotency_key LIKE $1", "schedule:" + all + ":%"))
                .containsOnly("schedule");
    }

    @Test
    void aPausedScheduleDoesNotFireAndResumeStartsFromTheNextSlotAfterNow() {
        long id = id(create(Map.of("playbook_path", noopPlaybook(), "interval_seconds", 3600)));
        given().post("/api/schedules/" + id + "/pause").then().statusCode(200).body("enabled", org.hamcrest.Matchers.equalTo(false));
        exec(pool, "UPDATE noetl.schedule SET next_run_at = now() - interval '2 hours' WHERE schedule_id = $1", id);
        passes(3);
        assertThat(fires(id)).isEmpty();

        JsonPath resumed = given().post("/api/schedules/" + id + "/resume").then().statusCode(200).extract().jsonPath();
        assertThat(resumed.getBoolean("enabled")).isTrue();
        long inSeconds = Duration.between(Instant.now(), Instant.parse(resumed.getString("next_run_at"))).toSeconds();
        assertThat(inSeconds).as("resume anchors the interval at now: no catch-up of the paused time").isBetween(3590L, 3601L);
        passes(2);
        assertThat(fires(id)).isEmpty();
    }

    @Test
    void triggerNowStartsARunWithMergedInputAndLeavesNextRunAtAlone() {
        long id = id(create(Map.of("playbook_path", noopPlaybook(), "interval_seconds", 3600, "input_payload", Map.of("a", 1, "b", 2))));
        String next = given().get("/api/schedules/" + id).then().extract().path("next_run_at");

        JsonPath run = given().contentType("application/json").body(Map.of("input_payload", Map.of("b", 3)))
                .post("/api/schedules/" + id + "/trigger").then().statusCode(200).extract().jsonPath();
        assertThat(run.getBoolean("manual")).isTrue();
        assertThat(run.getString("execution_id")).matches("[0-9]+");
        assertThat(run.getString("status")).isIn("PENDING", "RUNNING", "COMPLETED");
        assertThat(run.getLong("lateness_ms")).isNotNegative();
        String key = "schedule:" + id + ":" + run.getString("fire_time");
        assertThat(sql(pool, "SELECT execution_id::text FROM noetl.execution WHERE idempotency_key = $1", key))
                .containsExactly(run.getString("execution_id"));
        assertThat(sql(pool, "SELECT (workload->>'a') || (workload->>'b') FROM noetl.execution WHERE idempotency_key = $1", key))
                .containsExactly("13");
        JsonPath s = given().get("/api/schedules/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("next_run_at")).isEqualTo(next);
        assertThat(s.getString("last_execution_id")).isEqualTo(run.getString("execution_id"));
        assertThat(s.getString("last_run_at")).isEqualTo(run.getString("fire_time"));

        given().post("/api/schedules/" + id + "/pause").then().statusCode(200);
        String paused = given().post("/api/schedules/" + id + "/trigger").then().statusCode(200).extract().path("execution_id");
        assertThat(paused).isNotEqualTo(run.getString("execution_id"));

        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/schedules/" + id + "/runs").then().statusCode(200)
                .extract().jsonPath().getList("items.status").equals(List.of("COMPLETED", "COMPLETED")));
        given().get("/api/schedules/" + id + "/runs?limit=1").then().statusCode(200)
                .body("items.execution_id", org.hamcrest.Matchers.equalTo(List.of(paused)));
        given().get("/api/schedules/" + id + "/runs?until=" + run.getString("fire_time")).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(0));
        given().get("/api/schedules/" + id + "/runs?since=2000-01-01T00:00:00").then().statusCode(400);
        given().post("/api/schedules/999999999/trigger").then().statusCode(404);
    }

    @Test
    void concurrentPassesRecordEachSlotOnce() {
        long id = afterDowntimeWithoutWaiting("all", null);
        // Four passes at once in this JVM (the timer's passes too): the claim and the key let each slot in once.
        Uni.join().all(tick.runOnce(), tick.runOnce(), tick.runOnce(), tick.runOnce()).andCollectFailures().await().atMost(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> fires(id).size() == 6);
        passes(2);
        assertThat(sql(pool, "SELECT count(*) - count(DISTINCT fire_time) FROM noetl.schedule_fire WHERE schedule_id = $1", id)).containsExactly("0");
        assertStarted(id, 6);
    }

    private long afterDowntime(String catchup, Integer maxCatchup) {
        long id = afterDowntimeWithoutWaiting(catchup, maxCatchup);
        // The tick (this JVM's timer, or the passes below) moves next_run_at past now once it has planned the slots.
        passes(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> nextRunAtMinusNow(id) > 0);
        return id;
    }

    private long afterDowntimeWithoutWaiting(String catchup, Integer maxCatchup) {
        Map<String, Object> body = new HashMap<>(Map.of("playbook_path", noopPlaybook(), "interval_seconds", 3600, "catchup", catchup));
        if (maxCatchup != null) body.put("max_catchup", maxCatchup);
        long id = id(create(body));
        exec(pool, AGE, id);
        return id;
    }

    private void passes(int n) {
        for (int i = 0; i < n; i++) tick.runOnce().await().atMost(Duration.ofSeconds(30));
    }

    private void assertStarted(long id, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sql(pool, "SELECT 1 FROM noetl.schedule_fire WHERE schedule_id = $1 AND execution_id IS NOT NULL", id).size() == n);
        // Each fire started exactly the execution its key names.
        assertThat(sql(pool, """
                SELECT count(*) FROM noetl.schedule_fire f JOIN noetl.execution e ON e.execution_id = f.execution_id
                 WHERE f.schedule_id = $1 AND e.idempotency_key = 'schedule:' || f.schedule_id || ':'
                       || to_char(f.fire_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')""", id)).containsExactly(Integer.toString(n));
    }

    private List<String> fires(long id) {
        return sql(pool, "SELECT fire_time::text FROM noetl.schedule_fire WHERE schedule_id = $1 ORDER BY fire_time", id);
    }

    /** How long before the current next_run_at - 1 h each fire's slot was, in seconds, oldest first. */
    private List<Long> ageOfFires(long id) {
        return sql(pool, """
                SELECT round(extract(epoch FROM (s.next_run_at - interval '59 minutes') - f.fire_time))::bigint
                  FROM noetl.schedule_fire f JOIN noetl.schedule s USING (schedule_id)
                 WHERE f.schedule_id = $1 ORDER BY f.fire_time""", id).stream().map(Long::parseLong).toList();
    }

    private long nextRunAtMinusNow(long id) {
        return Long.parseLong(sql(pool, "SELECT round(extract(epoch FROM next_run_at - now()))::bigint FROM noetl.schedule WHERE schedule_id = $1", id).get(0));
    }

    private static long id(JsonPath schedule) {
        return Long.parseLong(schedule.getString("schedule_id"));
    }
}
