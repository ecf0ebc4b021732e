package io.noetl.worker.flow;

import io.noetl.testsupport.PeersResource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.testsupport.PostgresTestResource;
import io.noetl.testsupport.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A playbook fills a workspace table through a parallel loop of postgres steps on this worker (dsl.md §6.3, §8). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeersResource.class)
class PostgresFlowTest {

    @Test
    void aParallelLoopOfInsertsFillsTheWorkspaceTable() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestDatabase db = TestDatabase.get();
        given().baseUri(PeersResource.catalog).contentType("application/json")
                .body(Map.of("name", "pg_ws_" + suffix, "type", "postgres", "data", Map.of("host", db.server().host(),
                        "port", db.server().port(), "database", db.settings().demoDb(), "user", db.settings().demoUser(),
                        "password", db.settings().demoPassword())))
                .post("/api/credentials").then().statusCode(200);
        String table = "public.wt_" + suffix;
        String path = "tests/pg-" + suffix;
        String yaml = """
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: pg, path: %1$s}
                workload: {names: [ada, bob, cy], auth: pg_ws_%2$s}
                workflow:
                  - step: make
                    tool: {kind: postgres, auth: "{{ auth }}", command: "CREATE TABLE %3$s (id int PRIMARY KEY, name text)"}
                    next: fill
                  - step: fill
                    loop: {in: "{{ names }}", iterator: n, spec: {mode: parallel, max_in_flight: 2}}
                    tool: {kind: postgres, auth: "{{ auth }}", query: "INSERT INTO %3$s (id, name) VALUES ($1, $2)",
                           params: ["{{ loop.index }}", "{{ n }}"]}
                    next: count
                  - step: count
                    tool: {kind: postgres, auth: "{{ auth }}", query: "SELECT count(*) AS c, string_agg(name, ',' ORDER BY id) AS names FROM %3$s"}
                """.formatted(path, suffix, table);
        given().baseUri(PeersResource.catalog).contentType("application/yaml").body(yaml.getBytes())
                .post("/api/catalog/register").then().statusCode(200);
        String id = given().baseUri(PeersResource.execution).contentType("application/json").body(Map.of("path", path))
                .post("/api/execute").then().statusCode(200).extract().path("execution_id");

        await().atMost(Duration.ofSeconds(90)).until(() -> List.of("COMPLETED", "FAILED").contains(given().baseUri(PeersResource.execution)
                .get("/api/executions/" + id + "/status").then().extract().path("status")));
        var result = given().baseUri(PeersResource.execution).get("/api/executions/" + id + "/result").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getString("status")).as(result.prettify()).isEqualTo("COMPLETED");
        assertThat(result.getInt("result.rows[0].c")).isEqualTo(3);
        assertThat(result.getString("result.rows[0].names")).isEqualTo("ada,bob,cy");
    }
}
