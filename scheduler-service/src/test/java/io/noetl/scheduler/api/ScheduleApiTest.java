package io.noetl.scheduler.api;

import io.noetl.testsupport.PeersResource;
import static io.noetl.scheduler.api.SchedulerFixtures.create;
import static io.noetl.scheduler.api.SchedulerFixtures.noopPlaybook;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schedule routes of api.md §6 against the real catalog and a real PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeersResource.class)
class ScheduleApiTest {

    @Test
    void createAnswers201WithLocationDefaultsAndTheNextFiveFireTimes() {
        String path = noopPlaybook();
        var r = given().contentType("application/json")
                .body(Map.of("playbook_path", path, "cron", "0 9 * * MON-FRI", "timezone", "Europe/Berlin", "description", "weekday mornings",
                        "labels", Map.of("team", "data")))
                .post("/api/schedules").then().statusCode(201).extract();
        JsonPath s = r.jsonPath();
        assertThat(r.header("Location")).endsWith("/api/schedules/" + s.getString("schedule_id"));
        assertThat(s.getString("schedule_id")).matches("[0-9]+");
        assertThat(s.getString("catchup")).isEqualTo("latest");
        assertThat(s.getBoolean("enabled")).isTrue();
        assertThat(s.getMap("input_payload")).isEmpty();
        assertThat(s.getString("description")).isEqualTo("weekday mornings");
        assertThat(s.getMap("labels")).containsEntry("team", "data");
        List<String> upcoming = s.getList("upcoming");
        assertThat(upcoming).hasSize(5).isSorted();
        assertThat(upcoming.get(0)).isEqualTo(s.getString("next_run_at")).matches(".*:00\\.000Z");
        assertThat(Instant.parse(upcoming.get(0))).isAfter(Instant.now());
    }

    @Test
    void refusedInputsAre422NamingTheField() {
        String path = noopPlaybook();
        expect422(Map.of("playbook_path", path, "cron", "0 0 30 2 *"), "/cron");
        expect422(Map.of("playbook_path", path, "cron", "0 0 L * *"), "/cron");
        expect422(Map.of("playbook_path", path, "cron", "0 * * * *", "timezone", "Mars/Base"), "/timezone");
        expect422(Map.of("playbook_path", path, "cron", "0 * * * *", "interval_seconds", 60), "/interval_seconds");
        expect422(Map.of("playbook_path", path, "interval_seconds", 0), "/interval_seconds");
        expect422(Map.of("playbook_path", "tests/not-registered-anywhere", "interval_seconds", 60), "/playbook_path");
        expect422(Map.of("playbook_path", path, "playbook_version", 999, "interval_seconds", 60), "/playbook_path");
        expect422(Map.of("playbook_path", path, "interval_seconds", 60, "catchup", "some"), "/catchup");
        expect422(Map.of("playbook_path", path, "interval_seconds", 60, "colour", "red"), "/colour");
        expect422(Map.of("playbook_path", "it's; drop", "interval_seconds", 60), "/playbook_path");
    }

    @Test
    void unreadableBodiesAre400() {
        given().contentType("application/json").body("{not json").post("/api/schedules").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("bad_request"));
        given().contentType("application/json").body(Map.of("playbook_path", "a/b", "interval_seconds", "60"))
                .post("/api/schedules").then().statusCode(400).body("errors.path", hasItem("/interval_seconds"));
        given().contentType("application/json").body(Map.of("playbook_path", "a/b", "interval_seconds", 60, "input_payload", List.of(1)))
                .post("/api/schedules").then().statusCode(400).body("errors.path", hasItem("/input_payload"));
        given().get("/api/schedules/abc").then().statusCode(400).body("code", equalTo("invalid_parameter"));
        given().get("/api/schedules?enabled=maybe").then().statusCode(400).body("errors.path", hasItem("query.enabled"));
    }

    @Test
    void getListPatchAndDelete() {
        String path = noopPlaybook();
        String a = create(Map.of("playbook_path", path, "cron", "*/5 * * * *")).getString("schedule_id");
        String b = create(Map.of("playbook_path", path, "interval_seconds", 3600, "enabled", false)).getString("schedule_id");

        given().get("/api/schedules/" + a).then().statusCode(200).body("cron", equalTo("*/5 * * * *")).body("upcoming", hasSize(5));
        given().get("/api/schedules/" + b).then().statusCode(200).body("next_run_at", nullValue()).body("upcoming", hasSize(0));
        given().get("/api/schedules?playbook_path=" + path + "&limit=1").then().statusCode(200)
                .body("items.schedule_id", equalTo(List.of(a))).body("next_cursor", org.hamcrest.Matchers.notNullValue())
                .header("Link", containsString("rel=\"next\""));
        String cursor = given().get("/api/schedules?playbook_path=" + path + "&limit=1").then().extract().path("next_cursor");
        given().get("/api/schedules?playbook_path=" + path + "&limit=1&cursor=" + cursor).then().statusCode(200)
                .body("items.schedule_id", equalTo(List.of(b))).body("next_cursor", nullValue());
        given().get("/api/schedules?playbook_path=" + path + "&enabled=false").then().body("items.schedule_id", equalTo(List.of(b)));

        JsonPath patched = given().contentType("application/merge-patch+json").body("{\"cron\": null, \"interval_seconds\": 300, \"description\": \"x\"}")
                .patch("/api/schedules/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(patched.getString("cron")).isNull();
        assertThat(patched.getInt("interval_seconds")).isEqualTo(300);
        Instant next = Instant.parse(patched.getString("next_run_at"));
        assertThat(Duration.between(Instant.now(), next).toSeconds()).isBetween(290L, 301L);
        given().contentType("application/merge-patch+json").body("{\"description\": null}").patch("/api/schedules/" + a)
                .then().statusCode(200).body("description", nullValue()).body("next_run_at", equalTo(patched.getString("next_run_at")));
        given().contentType("application/merge-patch+json").body("{\"timezone\": \"Nowhere/Land\"}").patch("/api/schedules/" + a)
                .then().statusCode(422).body("errors.path", hasItem("/timezone"));
        given().contentType("application/json").body("{}").patch("/api/schedules/" + a).then().statusCode(415);

        given().delete("/api/schedules/" + a).then().statusCode(204);
        given().get("/api/schedules/" + a).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/schedules/" + a).then().statusCode(404);
        given().get("/api/schedules/" + a + "/runs").then().statusCode(404);
    }

    @Test
    void everyOperationIsDocumentedWithItsOperationId() {
        String doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(doc).contains("\"createSchedule\"", "\"listSchedules\"", "\"getSchedule\"", "\"updateSchedule\"", "\"deleteSchedule\"",
                "\"pauseSchedule\"", "\"resumeSchedule\"", "\"triggerSchedule\"", "\"listScheduleRuns\"");
    }

    private static void expect422(Map<String, Object> body, String field) {
        given().contentType("application/json").body(body).post("/api/schedules").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("validation_failed")).body("errors.path", hasItem(field));
    }
}
