package io.noetl.execution;

import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.execution.model.WorkerPoolBeat;
import io.noetl.execution.model.WorkerPoolRegistration;
import io.noetl.execution.service.WorkerPoolService;
import io.noetl.platform.model.Registration;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.model.RuntimeStatus;
import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class WorkerPoolRoutesTest {

    @Inject
    WorkerPoolService pools;

    private static JsonPath post(String route, Object body) {
        return given().contentType("application/json").body(body).post("/api/worker/pool/" + route)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void registerHeartbeatAndDeregisterKeepOneRowPerName() throws Exception {
        String name = ExtrasFixtures.unique("pool-");
        JsonPath registered = post("register", Map.of("name", name, "runtime", "CPU", "base_url", "http://10.0.0.7:8080",
                "capacity", 4, "labels", List.of("a", "b"), "pid", 4121, "hostname", "node-1", "meta", Map.of("zone", "z1")));
        String id = registered.getString("runtime_id");
        assertThat(registered.getString("status")).isEqualTo("ok");
        assertThat(registered.getString("kind")).isEqualTo("worker_pool");
        assertThat(registered.getString("runtime")).isEqualTo("cpu");
        assertThat(ExtrasFixtures.sql("SELECT concat_ws('|', kind, uri, status, capacity, labels::text, runtime->>'type',"
                + " runtime->>'pid', runtime->>'zone') FROM noetl.runtime WHERE name = ?", name))
                .isEqualTo("worker_pool|http://10.0.0.7:8080|ready|4|{\"values\": [\"a\", \"b\"]}|cpu|4121|z1\n");
        assertThat(post("register", Map.of("name", name, "runtime", "cpu", "capacity", 8)).getString("runtime_id")).isEqualTo(id);

        ExtrasFixtures.sql("UPDATE noetl.runtime SET status = 'offline', heartbeat = now() - interval '1 hour' WHERE name = ?", name);
        JsonPath beat = post("heartbeat", Map.of("name", name));
        assertThat(beat.getString("status")).isEqualTo("ok");
        assertThat(beat.getString("runtime_id")).isEqualTo(id);
        assertThat(ExtrasFixtures.sql("SELECT status || ' ' || (now() - heartbeat < interval '1 minute') FROM noetl.runtime WHERE name = ?", name))
                .isEqualTo("ready true\n");

        JsonPath gone = post("deregister", Map.of("name", name));
        assertThat(gone.getString("status")).isEqualTo("ok");
        assertThat(gone.getString("runtime_id")).isEqualTo(id);
        assertThat(given().queryParam("status", "offline").get("/api/worker/pools").jsonPath().getList("items.name")).contains(name);
        assertThat(given().queryParam("status", "ready").get("/api/worker/pools").jsonPath().getList("items.name")).doesNotContain(name);
    }

    @Test
    void theDeleteFormTakesTheNameFromBodyOrQuery() {
        String a = ExtrasFixtures.unique("pool-");
        String b = ExtrasFixtures.unique("pool-");
        post("register", Map.of("name", a));
        post("register", Map.of("name", b));
        given().contentType("application/json").body(Map.of("name", a)).delete("/api/worker/pool/deregister").then().statusCode(200);
        JsonPath byQuery = given().queryParam("name", b).delete("/api/worker/pool/deregister").then().statusCode(200).extract().jsonPath();
        assertThat(byQuery.getString("name")).isEqualTo(b);
        assertProblem(given().queryParam("name", ExtrasFixtures.unique("none-")).delete("/api/worker/pool/deregister"),
                404, "unknown_runtime", "/api/worker/pool/deregister");
    }

    @Test
    void anUnknownPoolsHeartbeatIs404WithRetryAfter() {
        Response r = given().contentType("application/json")
                .body(Map.of("name", ExtrasFixtures.unique("none-"), "registration", Map.of("runtime", "cpu")))
                .post("/api/worker/pool/heartbeat");
        assertProblem(r, 404, "unknown_runtime", "/api/worker/pool/heartbeat");
        assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 30);
        assertThat(WorkerPoolService.AUTO_RECREATE).as("api.md default until RuntimeConfig has the key").isFalse();
    }

    @Test
    void withAutoRecreateAnUnknownPoolIsRecreatedFromItsRegistration() {
        String name = ExtrasFixtures.unique("pool-");
        var registration = new WorkerPoolRegistration(new Registration(RuntimeKind.WORKER_POOL, name, null,
                RuntimeStatus.READY, new JsonObject(), new JsonObject(), 2, new JsonObject().put("type", "gpu")), "gpu");
        WorkerPoolBeat beat = pools.heartbeat(name, registration, true).await().atMost(Duration.ofSeconds(10));
        assertThat(beat.status()).isEqualTo("recreated");
        assertThat(post("heartbeat", Map.of("name", name)).getString("runtime_id")).isEqualTo(Long.toString(beat.runtimeId()));
    }

    @Test
    void theListFiltersByRuntimeTypeAndStatus() {
        String type = ExtrasFixtures.unique("rt");
        String a = ExtrasFixtures.unique("pool-");
        String b = ExtrasFixtures.unique("pool-");
        post("register", Map.of("name", b, "runtime", type, "status", "busy"));
        post("register", Map.of("name", a, "runtime", type.toUpperCase()));
        post("register", Map.of("name", ExtrasFixtures.unique("pool-"), "runtime", "other"));
        JsonPath all = given().queryParam("runtime", type).get("/api/worker/pools").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.name", String.class)).containsExactlyInAnyOrder(a, b).isSorted();
        assertThat(all.getInt("count")).isEqualTo(2);
        assertThat(all.getString("runtime")).isEqualTo(type);
        assertThat(all.getString("items[0].runtime.type")).isEqualTo(type);
        assertThat(given().queryParam("runtime", type).queryParam("status", "busy").get("/api/worker/pools")
                .jsonPath().getList("items.name")).containsExactly(b);
        assertProblem(given().queryParam("status", "sleeping").get("/api/worker/pools"), 400, "invalid_parameter", "/api/worker/pools");
    }

    @Test
    void invalidRegistrationsListEveryProblem() {
        Response r = given().contentType("application/json")
                .body(Map.of("name", "p", "capacity", -1, "status", "asleep", "component_type", "broker")).post("/api/worker/pool/register");
        assertProblem(r, 422, "validation_failed", "/api/worker/pool/register");
        assertThat(r.jsonPath().getList("errors.path")).containsExactlyInAnyOrder("/capacity", "/status", "/component_type");
        assertProblem(given().contentType("application/json").body(Map.of("runtime", "cpu")).post("/api/worker/pool/register"),
                422, "validation_failed", "/api/worker/pool/register");
        assertProblem(given().contentType("application/json").body(Map.of("name", "p", "labels", "x")).post("/api/worker/pool/register"),
                400, "bad_request", "/api/worker/pool/register");
        assertProblem(given().contentType("application/json").body(Map.of()).post("/api/worker/pool/heartbeat"),
                422, "validation_failed", "/api/worker/pool/heartbeat");
    }
}
