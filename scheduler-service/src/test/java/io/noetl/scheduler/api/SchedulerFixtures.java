package io.noetl.scheduler.api;

import io.noetl.testsupport.PeersResource;
import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Playbooks in the real catalog, schedules through the API, and SQL oracles on the test database. */
public final class SchedulerFixtures {

    private SchedulerFixtures() {
    }

    /** Registers a one-step noop playbook at a fresh path (the orchestrator runs it inline: no worker needed). */
    public static String noopPlaybook() {
        String path = "tests/sched-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: tick, path: %s}
                workflow:
                  - {step: start, tool: {kind: noop}}
                """.formatted(path);
        given().baseUri(PeersResource.catalog).contentType("application/yaml").body(yaml.getBytes())
                .post("/api/catalog/register").then().statusCode(200);
        return path;
    }

    /** Creates a schedule from the given fields; answers its JSON (201 expected). */
    public static JsonPath create(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/schedules").then().statusCode(201).extract().jsonPath();
    }

    /** The first column of each row, as text. */
    public static List<String> sql(Pool pool, String query, Object... args) {
        List<String> out = new ArrayList<>();
        for (Row r : pool.preparedQuery(query).execute(Tuple.from(args)).await().indefinitely()) {
            Object v = r.getValue(0);
            out.add(v == null ? null : v.toString());
        }
        return out;
    }

    public static void exec(Pool pool, String query, Object... args) {
        pool.preparedQuery(query).execute(Tuple.from(args)).await().indefinitely();
    }
}
