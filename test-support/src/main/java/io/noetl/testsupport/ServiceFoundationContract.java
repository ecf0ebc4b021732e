package io.noetl.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every service answers, whatever it does (api.md §2, §1.3, §1.4): health, registry, problem+json
 * errors, metrics and a complete OpenAPI document. Each service's test extends this with
 * {@code @QuarkusTest @WithTestResource(PostgresTestResource.class)}.
 */
public abstract class ServiceFoundationContract {

    /** The registry kind this service registers as, e.g. catalog_api. */
    protected abstract String kind();

    /** The service name, e.g. catalog-service. */
    protected abstract String service();

    private static void awaitReady() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void upstreamHealthRoutesAnswerOk() {
        given().get("/health").then().statusCode(200).body("status", equalTo("ok"));
        given().get("/api/health").then().statusCode(200).body("status", equalTo("ok"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void becomesReadyOnceRegisteredAgainstTheMigratedSchema() {
        awaitReady();
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getList("checks.name")).contains("noetl-platform");
    }

    @Test
    void runtimeSelfShowsThisInstanceReadyUnderItsKind() {
        awaitReady();
        JsonPath self = given().get("/api/runtime/self").then().statusCode(200).extract().jsonPath();
        assertThat(self.getString("kind")).isEqualTo(kind());
        assertThat(self.getString("status")).isEqualTo("ready");
        assertThat(self.getString("service")).isEqualTo(service());
        assertThat(self.getString("uri")).endsWith(":" + RestAssured.port);
        assertThat(self.getString("runtime_id")).matches("[0-9]{1,19}");
        assertThat(Integer.parseInt(self.getString("schema_version"))).isGreaterThanOrEqualTo(8);
        assertThat(self.getString("heartbeat")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(self.getDouble("heartbeat_age_seconds")).isBetween(0.0, 30.0);
    }

    @Test
    void theRegistryListsThisInstanceAndFiltersByKindAndStatus() {
        awaitReady();
        String name = given().get("/api/runtime/self").jsonPath().getString("name");
        List<String> names = given().queryParam("kind", kind()).queryParam("status", "READY")
                .get("/api/runtime").then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(names).contains(name);
        List<String> offline = given().queryParam("kind", kind()).queryParam("status", "offline")
                .get("/api/runtime").then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(offline).doesNotContain(name);
    }

    @Test
    void theRegistryPagesWithAKeysetCursor() throws SQLException {
        String prefix = "page-" + UUID.randomUUID();
        insertBrokers(prefix, 5);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("kind", "broker").queryParam("limit", 2);
            if (cursor != null) request.queryParam("cursor", cursor);
            Response answer = request.get("/api/runtime");
            JsonPath page = answer.then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.name"));
            cursor = page.getString("next_cursor");
            if (cursor != null) assertThat(answer.header("Link")).contains("cursor=").endsWith("rel=\"next\"");
        } while (cursor != null);
        assertThat(seen.stream().filter(n -> n.startsWith(prefix)).toList()).hasSize(5).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void poolStatusReportsTheDatabasePoolLoad() {
        JsonPath pool = given().get("/api/pool/status").then().statusCode(200).extract().jsonPath();
        assertThat(pool.getString("status")).isIn("ok", "busy", "saturated");
        assertThat(pool.getInt("pool_max")).isEqualTo(20);
        assertThat(pool.getInt("pool_available")).isBetween(0, 20);
        assertThat(pool.getDouble("utilization")).isBetween(0.0, 1.0);
        assertThat(pool.getInt("requests_waiting")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aBadQueryParameterIsAProblemNamingIt() {
        Response r = given().header("X-Request-Id", "req-42.a:b").queryParam("kind", "bogus").get("/api/runtime");
        assertProblem(r, 400, "invalid_parameter", "/api/runtime");
        assertThat(r.header("X-Request-Id")).isEqualTo("req-42.a:b");
        assertThat(r.jsonPath().getString("request_id")).isEqualTo("req-42.a:b");
        assertThat(r.jsonPath().getList("errors.path")).containsExactly("query.kind");

        assertProblem(given().queryParam("limit", "abc").get("/api/runtime"), 400, "invalid_parameter", "/api/runtime");
        assertProblem(given().queryParam("limit", "0").get("/api/runtime"), 400, "invalid_parameter", "/api/runtime");
        given().queryParam("limit", "1000000000").get("/api/runtime").then().statusCode(200);
        assertProblem(given().queryParam("cursor", "tampered").get("/api/runtime"), 400, "invalid_cursor", "/api/runtime");
    }

    @Test
    void anUnsafeRequestIdIsReplacedByAGeneratedOne() {
        Response r = given().header("X-Request-Id", "bad id with spaces; DROP").get("/health");
        assertThat(r.header("X-Request-Id")).isNotBlank().doesNotContain(" ");
    }

    @Test
    void frameworkErrorsAreProblemsToo() {
        assertProblem(given().get("/api/no-such-route"), 404, "not_found", "/api/no-such-route");
        assertProblem(given().contentType("application/json").body("{}").post("/api/runtime"), 405,
                "method_not_allowed", "/api/runtime");
    }

    @Test
    void metricsExportUpAndInfoOnBothPaths() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(text).contains("noetl_up").contains("noetl_info{").contains("service=\"" + service() + "\"");
        given().get("/api/no-such-route-for-metrics");
        assertThat(given().get("/q/metrics").asString()).contains("noetl_http_problems_total{code=\"not_found\"");
        assertThat(given().get("/metrics").then().statusCode(200).extract().asString()).contains("noetl_up");
    }

    @Test
    void everyOperationIsDocumentedWithItsIdSummaryAndCommonErrors() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            String where = method.toUpperCase() + " " + path;
            assertThat(op.get("operationId")).as(where + " operationId").isNotNull();
            assertThat(op.get("summary")).as(where + " summary").isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            assertThat(responses).as(where + " responses").containsKeys("400", "401", "403", "500", "503");
            ids.add(String.valueOf(op.get("operationId")));
        }));
        assertThat(ids).contains("getHealth", "getApiHealth", "listRuntimeInstances", "getRuntimeSelf", "getPoolStatus")
                .doesNotHaveDuplicates();
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "ValidationProblem");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Asserts the RFC 9457 shape of api.md §1.3 and that nothing internal leaks. */
    public static void assertProblem(Response r, int status, String code, String instance) {
        r.then().statusCode(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonPath p = r.jsonPath();
        assertThat(p.getString("type")).isEqualTo("urn:noetl:problem:" + code);
        assertThat(p.getString("code")).isEqualTo(code);
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("title")).isNotBlank();
        assertThat(p.getString("detail")).isNotBlank();
        assertThat(p.getString("instance")).isEqualTo(instance);
        assertThat(p.getString("request_id")).isEqualTo(r.header("X-Request-Id")).isNotBlank();
        assertThat(r.asString()).doesNotContain("Exception", "java.", "io.noetl", "at io.", "SQL");
    }

    private static void insertBrokers(String prefix, int n) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection c = db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
             PreparedStatement st = c.prepareStatement(
                     "INSERT INTO noetl.runtime (kind, name, uri, status) VALUES ('broker', ?, 'http://localhost:1', 'ready')")) {
            for (int i = 0; i < n; i++) {
                st.setString(1, prefix + "-" + i);
                st.executeUpdate();
            }
        }
    }
}
