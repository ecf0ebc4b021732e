package io.noetl.catalog;

import static io.noetl.catalog.CatalogFixtures.catalogRows;
import static io.noetl.catalog.CatalogFixtures.freshPath;
import static io.noetl.catalog.CatalogFixtures.playbook;
import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The catalog rows of reliability.md §5: each bad input gets its answer and nothing is stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CatalogBadInputTest {

    private static Response registerYaml(String yaml) {
        return given().contentType("application/yaml").body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/catalog/register");
    }

    private static void refusedAndNothingStored(String yaml, int status, String code) throws Exception {
        int before = catalogRows();
        assertProblem(registerYaml(yaml), status, code, "/api/catalog/register");
        assertThat(catalogRows()).isEqualTo(before);
    }

    @Test
    void malformedYamlIs422WithLineAndColumn() throws Exception {
        String yaml = "metadata:\n  path: tests/x\nworkflow: [\n  - step: a\n";
        int before = catalogRows();
        Response r = registerYaml(yaml);
        assertProblem(r, 422, "validation_failed", "/api/catalog/register");
        assertThat(r.jsonPath().getList("errors.line")).isNotEmpty().doesNotContainNull();
        assertThat(r.jsonPath().getList("errors.column")).isNotEmpty().doesNotContainNull();
        assertThat(catalogRows()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "metadata:\n\tpath: tests/tab\n",
            "metadata: {path: tests/one}\n---\nmetadata: {path: tests/two}\n",
            "just a scalar\n",
            "- a\n- b\n",
            "metadata:\n  path: tests/dup\n  path: tests/dup2\n",
            "metadata: !!java.net.URL [\"http://x\"]\n",
            "metadata:\n  name: Has Upper Case\n",
            "kind: Widget\nmetadata:\n  path: tests/widget\n",
            "metadata:\n  description: no path or name\n"})
    void badDocumentsAre422AndStoreNothing(String yaml) throws Exception {
        refusedAndNothingStored(yaml, 422, "validation_failed");
    }

    @Test
    void anAliasBombOrDeepNestingFailsFastAndStoresNothing() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        int before = catalogRows();
        int status = registerYaml(bomb + "metadata: {path: tests/bomb}\n").statusCode();
        assertThat(status).isIn(413, 422);
        String deep = "metadata: {path: tests/deep}\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(registerYaml(deep).statusCode()).isIn(413, 422);
        assertThat(catalogRows()).isEqualTo(before);
    }

    @Test
    void aDocumentOverTheSizeLimitIs413() throws Exception {
        String big = playbook(freshPath(), "big") + "# " + "x".repeat(1_100_000) + "\n";
        refusedAndNothingStored(big, 413, "payload_too_large");
    }

    @Test
    void unreadableJsonBodiesAre400() {
        assertProblem(given().contentType("application/json").body("{not json").post("/api/catalog/register"),
                400, "bad_request", "/api/catalog/register");
        assertProblem(given().contentType("application/json").body(Map.of("content", 42)).post("/api/catalog/register"),
                400, "bad_request", "/api/catalog/register");
        assertProblem(given().contentType("application/json").body("{\"content\": \"a\\u0000b\"}").post("/api/catalog/register"),
                400, "bad_request", "/api/catalog/register");
        Response missing = given().contentType("application/json").body(Map.of("resource_type", "playbook"))
                .post("/api/catalog/register");
        assertProblem(missing, 422, "validation_failed", "/api/catalog/register");
        assertThat(missing.jsonPath().getList("errors.path")).containsExactly("/content");
    }

    @Test
    void aDocumentWithSeveralMistakesListsEveryOneWithItsLine() throws Exception {
        String yaml = """
                kind: Playbook
                metadata:
                  path: Bad/Path
                workflow:
                  - step: start
                    tool:
                      kind: http
                      url: "{{ workload.base_url "
                    next:
                      - step: nowhere
                  - step: second
                    colour: blue
                    tool: {kind: teleport}
                """;
        int before = catalogRows();
        Response r = registerYaml(yaml);
        assertProblem(r, 422, "validation_failed", "/api/catalog/register");
        // Paths point into the document as written (here a list-form next), so the author finds the spot.
        List<Map<String, Object>> errors = r.jsonPath().getList("errors");
        assertThat(errors).extracting(e -> e.get("path"), e -> e.get("code"), e -> e.get("line")).containsExactlyInAnyOrder(
                tuple("/apiVersion", "missing_field", 1),
                tuple("/metadata/name", "missing_field", 3),
                tuple("/metadata/path", "invalid_name", 3),
                tuple("/workflow/0/tool/url", "invalid_template", 8),
                tuple("/workflow/0/next/0/step", "unknown_step", 10),
                tuple("/workflow/1/colour", "unknown_field", 12),
                tuple("/workflow/1/tool/kind", "unknown_tool_kind", 13));
        assertThat(catalogRows()).isEqualTo(before);
    }

    @Test
    void wellFormedTemplatesRegister() {
        String path = freshPath();
        String yaml = playbook(path, "tpl").replace("kind: noop", "kind: noop\n      args: {x: \"{{ workload.greeting | upper }}\"}");
        registerYaml(yaml).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/../b", "%2e%2e/x", "a//b", "/leading", "UPPER", "it's", "a;b", "a\"b", "a$$b", "a\\b"})
    void badCatalogPathsInQueriesAre400(String path) {
        assertProblem(given().urlEncodingEnabled(!path.contains("%")).queryParam("path", path).get("/api/catalog/by-path"),
                400, "invalid_parameter", "/api/catalog/by-path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=-1", "limit=abc", "sort=name", "latest_only=maybe", "cursor=zzz"})
    void badListParametersAre400(String query) {
        Response r = given().get("/api/catalog?" + query);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void hugeLimitsAreClampedAndJunkIdsAre400() {
        given().get("/api/catalog?limit=1000000000").then().statusCode(200);
        assertProblem(given().get("/api/catalog/abc"), 400, "invalid_parameter", "/api/catalog/abc");
        assertProblem(given().get("/api/catalog/99999999999999999999"), 400, "invalid_parameter", "/api/catalog/99999999999999999999");
        assertProblem(given().get("/api/catalog/123"), 404, "not_found", "/api/catalog/123");
    }
}
