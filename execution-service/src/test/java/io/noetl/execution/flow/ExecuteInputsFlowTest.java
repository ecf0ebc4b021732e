package io.noetl.execution.flow;

import static io.noetl.execution.flow.OpsFixtures.assertProblem;
import static io.noetl.execution.flow.OpsFixtures.concurrently;
import static io.noetl.execution.flow.OpsFixtures.count;
import static io.noetl.execution.flow.OpsFixtures.oneStepPlaybook;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** api.md §1.7 idempotency and reliability.md §5 bad inputs of POST /api/execute: one effect, or none and a problem. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(CatalogProcessResource.class)
class ExecuteInputsFlowTest {

    private static Response post(String body, String key) {
        var req = given().contentType("application/json").body(body);
        if (key != null) req = req.header("Idempotency-Key", key);
        return req.post("/api/execute");
    }

    @Test
    void fiftyConcurrentStartsWithOneKeyMakeOneExecution() throws Exception {
        String path = oneStepPlaybook("idem");
        String key = "idem-" + UUID.randomUUID();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) calls.add(() -> post("{\"path\": \"" + path + "\"}", key));

        List<Response> answers = concurrently(calls);
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isEqualTo(200));
        assertThat(answers.stream().map(r -> r.jsonPath().getString("execution_id")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(r -> r.jsonPath().getBoolean("created"))).hasSize(1);
        assertThat(count("SELECT count(*) FROM noetl.execution WHERE path = ?", path)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM noetl.command c JOIN noetl.execution e USING (execution_id) WHERE e.path = ?", path))
                .isEqualTo(1);
    }

    @Test
    void scheduleKeysNeedTheInternalTokenAndOthersStoreNothing() throws Exception {
        String path = oneStepPlaybook("reserved");
        String key = "schedule:42:" + UUID.randomUUID();
        String body = "{\"path\": \"" + path + "\"}";
        assertProblem(post(body, key), 401, "unauthenticated");
        assertProblem(given().contentType("application/json").body(body).header("Idempotency-Key", key)
                .header("Authorization", "Bearer not-the-token").post("/api/executions"), 403, "forbidden");
        assertProblem(given().contentType("application/json").body("{\"path\": \"" + path + "\", \"idempotency_key\": \"" + key + "\"}")
                .post("/api/execute"), 401, "unauthenticated");
        assertThat(count("SELECT count(*) FROM noetl.execution WHERE path = ?", path)).isZero();

        given().contentType("application/json").body(body).header("Idempotency-Key", key)
                .header("Authorization", "Bearer " + io.noetl.testsupport.PackagedService.TEST_TOKEN).post("/api/executions").then().statusCode(201);
        assertThat(count("SELECT count(*) FROM noetl.execution WHERE idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherPlaybookIsAConflictThatStoresNothing() throws Exception {
        String first = oneStepPlaybook("idem-a");
        String other = oneStepPlaybook("idem-b");
        String key = "idem-" + UUID.randomUUID();
        post("{\"path\": \"" + first + "\"}", key).then().statusCode(200);

        assertProblem(post("{\"path\": \"" + other + "\"}", key), 409, "idempotency_conflict");
        assertThat(count("SELECT count(*) FROM noetl.execution WHERE path = ?", other)).isZero();
    }

    @Test
    void anUnknownPathOrVersionIsA404NamingBoth() throws Exception {
        String missing = FlowFixtures.uniquePath("missing");
        Response r = post("{\"path\": \"" + missing + "\"}", null);
        assertProblem(r, 404, "not_found");
        assertThat(r.jsonPath().getString("detail")).contains(missing).contains("latest");

        String path = oneStepPlaybook("versions");
        Response v = post("{\"path\": \"" + path + "\", \"version\": 7}", null);
        assertProblem(v, 404, "not_found");
        assertThat(v.jsonPath().getString("detail")).contains(path).contains("7");
        assertThat(count("SELECT count(*) FROM noetl.execution WHERE path IN (?, ?)", missing, path)).isZero();
    }

    @Test
    void unreadableOrInvalidRequestsAreProblemsAndStoreNothing() throws Exception {
        String path = oneStepPlaybook("bad");
        String key = "bad-" + UUID.randomUUID();
        String big = "x".repeat(1024 * 1024 + 10);
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("payload not an object", new Object[] {"{\"path\": \"" + path + "\", \"payload\": [1, 2]}", key, 400, "bad_request"});
        cases.put("payload over 1 MiB", new Object[] {"{\"path\": \"" + path + "\", \"payload\": {\"b\": \"" + big + "\"}}", key, 413, "payload_too_large"});
        cases.put("no playbook reference", new Object[] {"{\"payload\": {}}", key, 422, "validation_failed"});
        cases.put("two different keys", new Object[] {"{\"path\": \"" + path + "\", \"idempotency_key\": \"other\"}", key, 422, "validation_failed"});
        cases.put("NUL in the body", new Object[] {"{\"path\": \"" + path + "\", \"payload\": {\"a\": \"x\\u0000y\"}}", key, 400, "bad_request"});
        cases.put("junk catalog_id", new Object[] {"{\"catalog_id\": \"12ab\"}", key, 422, "validation_failed"});

        cases.forEach((name, c) -> {
            Response r = post((String) c[0], (String) c[1]);
            assertThat(r.statusCode()).as(name + ": " + r.asString()).isEqualTo(c[2]);
            assertProblem(r, (Integer) c[2], (String) c[3]);
        });
        Response junk = post("{\"catalog_id\": \"12ab\"}", null);
        assertThat(junk.jsonPath().getList("errors.path")).containsExactly("/catalog_id");
        assertThat(count("SELECT count(*) FROM noetl.execution WHERE path = ? OR idempotency_key IN (?, 'other')", path, key))
                .isZero();
    }
}
