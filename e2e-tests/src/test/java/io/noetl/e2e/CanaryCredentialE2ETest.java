package io.noetl.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.e2e.cluster.Cluster;
import io.noetl.testsupport.HttpStub;
import io.noetl.testsupport.PackagedService;
import io.noetl.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * reliability.md §4: a canary secret used by a postgres step (as the role's password) and an http step (as a
 * bearer token) reaches its targets but never the event log, the command queue, the services' logs or any API
 * answer, on the ok path and on the error path alike.
 */
class CanaryCredentialE2ETest {

    private static final String CANARY = "cnry" + UUID.randomUUID().toString().replace("-", "");
    private static Cluster cluster;
    private static PackagedService worker;
    private static HttpStub stub;

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.get();
        worker = cluster.sharedWorker();
        stub = new HttpStub().onRequest("/secure", (ex, request) -> {
            boolean good = ("Bearer " + CANARY).equals(request.header("Authorization"));
            HttpStub.respond(ex, good ? 200 : 401, "application/json", ("{\"ok\": " + good + "}").getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void theCanaryReachesItsTargetsAndNothingElse() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String role = "canary_" + suffix;
        TestDatabase db = TestDatabase.get();
        cluster.sql().admin("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + CANARY + "'");
        cluster.sql().admin("postgres", "GRANT CONNECT ON DATABASE " + db.settings().demoDb() + " TO " + role);
        credential("pg_canary_" + suffix, "postgres", Map.of("host", db.server().host(), "port", db.server().port(),
                "database", db.settings().demoDb(), "user", role, "password", CANARY));
        credential("api_canary_" + suffix, "bearer", Map.of("token", CANARY));

        String path = "e2e/canary-" + suffix;
        cluster.register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: canary, path: %1$s}
                workload: {base: "%2$s"}
                workflow:
                  - step: who
                    tool: {kind: postgres, auth: pg_canary_%3$s, query: "SELECT current_user AS who"}
                    next: broken
                  - step: broken
                    tool: {kind: postgres, auth: pg_canary_%3$s, query: "SELECT * FROM no_such_table"}
                    next:
                      arcs: [{step: call, when: "{{ outcome.status == 'error' }}"}]
                  - step: call
                    tool: {kind: http, url: "{{ base }}/secure", auth: api_canary_%3$s}
                    next: done
                  - step: done
                    tool: {kind: noop, args: {who: "{{ who.rows[0].who }}", ok: "{{ call.data.ok }}"}}
                """.formatted(path, stub.url(""), suffix));
        String id = cluster.start(path, Map.of());
        assertThat(cluster.awaitTerminal(id, Duration.ofSeconds(90))).isEqualTo("COMPLETED");
        var result = cluster.result(id);
        assertThat(result.getString("result.who")).as("the postgres step logged in with the canary").isEqualTo(role);
        assertThat(result.getBoolean("result.ok")).as("the http step sent the canary").isTrue();

        long eid = Long.parseLong(id);
        var sql = cluster.sql();
        for (String table : List.of("event", "command", "step_state", "execution")) {
            assertThat(sql.one("SELECT count(*) FROM noetl." + table + " t WHERE t::text LIKE ?", "%" + CANARY + "%"))
                    .as("rows of noetl.%s holding the canary", table).isEqualTo("0");
        }
        assertThat(sql.one("SELECT count(*) FROM noetl.event WHERE execution_id = ?", eid)).isNotEqualTo("0");
        for (PackagedService s : List.of(cluster.catalog, cluster.execution, worker)) {
            assertThat(s.log()).as("a service log").isNotEmpty().doesNotContain(CANARY);
        }
        for (String answer : apiAnswers(id, suffix)) {
            assertThat(answer).isNotBlank().doesNotContain(CANARY);
        }
    }

    private static List<String> apiAnswers(String id, String suffix) {
        List<String> answers = new ArrayList<>();
        for (String route : List.of("", "/events?limit=500", "/status", "/steps", "/result", "/graph")) {
            answers.add(given().baseUri(cluster.execution.url()).get("/api/executions/" + id + route).then()
                    .statusCode(200).extract().asString());
        }
        for (String name : List.of("pg_canary_" + suffix, "api_canary_" + suffix)) {
            answers.add(given().baseUri(cluster.catalog.url()).get("/api/credentials/" + name).then()
                    .statusCode(200).extract().asString());
        }
        return answers;
    }

    private static void credential(String name, String type, Map<String, Object> data) {
        given().baseUri(cluster.catalog.url()).contentType("application/json").body(Map.of("name", name, "type", type, "data", data))
                .post("/api/credentials").then().statusCode(200);
    }
}
