package io.noetl.execution;

import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class VariableRoutesTest {

    private static JsonPath set(long execution, Object body) {
        return given().contentType("application/json").body(body).post("/api/vars/" + execution)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void setValuesReadBackExactlyAndOnlySingleReadsCountAccesses() throws Exception {
        long execution = ExtrasFixtures.execution();
        Map<String, Object> values = new HashMap<>();
        values.put("limit", 10);
        values.put("shape", Map.of("xs", List.of(1, 2.5, "three")));
        values.put("nothing", null);
        JsonPath written = set(execution, Map.of("variables", values, "var_type", "computed", "source_step", "start"));
        assertThat(written.getString("execution_id")).isEqualTo(Long.toString(execution));
        assertThat(written.getInt("variables_set")).isEqualTo(3);
        assertThat(written.getList("var_names", String.class)).containsExactlyInAnyOrder("limit", "shape", "nothing");

        given().get("/api/vars/" + execution + "/limit").then().statusCode(200);
        JsonPath second = given().get("/api/vars/" + execution + "/limit").then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("value")).isEqualTo(10);
        assertThat(second.getString("type")).isEqualTo("computed");
        assertThat(second.getString("source_step")).isEqualTo("start");
        assertThat(second.getInt("access_count")).isEqualTo(2);
        assertThat(second.getString("accessed_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        JsonPath all = given().get("/api/vars/" + execution).then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("count")).isEqualTo(3);
        assertThat(all.getInt("variables.limit.access_count")).as("listing is not an access").isEqualTo(2);
        assertThat(all.getInt("variables.shape.access_count")).isZero();
        assertThat(all.getList("variables.shape.value.xs")).containsExactly(1, 2.5f, "three");
        assertThat(all.getMap("variables.nothing")).containsEntry("value", null);
        assertThat(ExtrasFixtures.sql("SELECT var_type || ':' || var_value::text FROM noetl.transient WHERE execution_id = ? AND var_name = 'nothing'", execution))
                .isEqualTo("computed:null\n");
    }

    @Test
    void anOverwriteReplacesValueAndTypeOfTheName() throws Exception {
        long execution = ExtrasFixtures.execution();
        set(execution, Map.of("variables", Map.of("region", "eu"), "var_type", "step_result"));
        set(execution, Map.of("variables", Map.of("region", List.of("us", "ap"))));
        JsonPath region = given().get("/api/vars/" + execution + "/region").then().statusCode(200).extract().jsonPath();
        assertThat(region.getList("value")).containsExactly("us", "ap");
        assertThat(region.getString("type")).isEqualTo("user_defined");
        assertThat(given().get("/api/vars/" + execution).jsonPath().getInt("count")).isEqualTo(1);
    }

    @Test
    void deleteOneThenAll() throws Exception {
        long execution = ExtrasFixtures.execution();
        set(execution, Map.of("variables", Map.of("a", 1, "b", 2, "c", 3)));
        String one = "/api/vars/" + execution + "/a";
        assertThat(given().delete(one).then().statusCode(200).extract().jsonPath().getBoolean("deleted")).isTrue();
        JsonPath again = given().delete(one).then().statusCode(200).extract().jsonPath();
        assertThat(again.getBoolean("deleted")).isFalse();
        assertThat(again.getString("var_name")).isEqualTo("a");
        assertProblem(given().get(one), 404, "not_found", one);

        JsonPath all = given().delete("/api/vars/" + execution).then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("deleted_count")).isEqualTo(2);
        assertThat(given().get("/api/vars/" + execution).jsonPath().getInt("count")).isZero();
    }

    @Test
    void everyRouteAnswers404ForAnUnknownExecutionAnd400ForAJunkId() throws Exception {
        String base = "/api/vars/" + ExtrasFixtures.unknownId();
        assertProblem(given().get(base), 404, "not_found", base);
        assertProblem(given().get(base + "/x"), 404, "not_found", base + "/x");
        assertProblem(given().contentType("application/json").body(Map.of("variables", Map.of("x", 1))).post(base),
                404, "not_found", base);
        assertProblem(given().delete(base + "/x"), 404, "not_found", base + "/x");
        assertProblem(given().delete(base), 404, "not_found", base);
        assertProblem(given().get("/api/vars/12ab"), 400, "invalid_parameter", "/api/vars/12ab");
        String badName = "/api/vars/" + ExtrasFixtures.execution() + "/9lives";
        assertProblem(given().get(badName), 400, "invalid_parameter", badName);
    }

    @Test
    void everyBrokenRuleIsListedWithItsPath() throws Exception {
        String path = "/api/vars/" + ExtrasFixtures.execution();
        var r = given().contentType("application/json")
                .body(Map.of("variables", Map.of("ok", 1, "bad name", 2, "a/b", 3), "var_type", "global")).post(path);
        assertProblem(r, 422, "validation_failed", path);
        assertThat(r.jsonPath().getList("errors.path")).containsExactlyInAnyOrder("/variables/bad name", "/variables/a~1b", "/var_type");
        var empty = given().contentType("application/json").body(Map.of("variables", Map.of())).post(path);
        assertProblem(empty, 422, "validation_failed", path);
        assertThat(empty.jsonPath().getList("errors.path")).containsExactly("/variables");
        assertThat(given().get(path).jsonPath().getInt("count")).as("nothing stored").isZero();
    }

    @Test
    void unreadableBodiesAre400AndOversizedValues413() throws Exception {
        String path = "/api/vars/" + ExtrasFixtures.execution();
        var list = given().contentType("application/json").body(Map.of("variables", List.of(1, 2))).post(path);
        assertProblem(list, 400, "bad_request", path);
        assertThat(list.jsonPath().getList("errors.path")).containsExactly("/variables");
        var type = given().contentType("application/json").body(Map.of("variables", Map.of("a", 1), "var_type", 7)).post(path);
        assertThat(type.jsonPath().getList("errors.path")).containsExactly("/var_type");
        assertProblem(given().contentType("application/json").body("{\"variables\": {\"a\": \"x\\u0000y\"}}").post(path),
                400, "bad_request", path);
        assertProblem(given().contentType("application/json").body("{\"variables\": ").post(path), 400, "bad_request", path);
        char[] big = new char[300 * 1024];
        Arrays.fill(big, 'x');
        assertProblem(given().contentType("application/json").body(Map.of("variables", Map.of("big", new String(big)))).post(path),
                413, "payload_too_large", path);
    }
}
