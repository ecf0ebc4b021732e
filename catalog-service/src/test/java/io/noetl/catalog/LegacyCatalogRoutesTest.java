package io.noetl.catalog;

import static io.noetl.catalog.CatalogFixtures.freshPath;
import static io.noetl.catalog.CatalogFixtures.playbook;
import static io.noetl.catalog.CatalogRegistrationTest.register;
import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Upstream's POST routes answer with upstream's shapes on top of the same services. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LegacyCatalogRoutesTest {

    private static JsonPath post(String route, Object body) {
        return given().contentType("application/json").body(body).post("/api/catalog/" + route)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listReturnsEveryVersionNewestFirstWithContent() {
        String path = freshPath();
        register(playbook(path, "1"));
        register(playbook(path, "2"));
        JsonPath list = post("list", Map.of("path", path));
        assertThat(list.getList("entries.version")).containsExactly(2, 1);
        assertThat(list.getString("entries[0].content")).contains("Says hello (2)");
    }

    @Test
    void resourceFindsByIdOrByPathAndVersionAndNeedsOneOfThem() {
        String path = freshPath();
        String id = register(playbook(path, "1")).getString("catalog_id");
        register(playbook(path, "2"));
        assertThat(post("resource", Map.of("catalog_id", Long.parseLong(id))).getInt("version")).isEqualTo(1);
        assertThat(post("resource", Map.of("path", path)).getInt("version")).isEqualTo(2);
        assertThat(post("resource", Map.of("path", path, "version", 1)).getString("catalog_id")).isEqualTo(id);
        assertProblem(given().contentType("application/json").body(Map.of()).post("/api/catalog/resource"),
                422, "validation_failed", "/api/catalog/resource");
        assertProblem(given().contentType("application/json").body(Map.of("catalog_id", "-4")).post("/api/catalog/resource"),
                422, "validation_failed", "/api/catalog/resource");
    }

    @Test
    void deleteAndRestoreWorkOnAWholePath() {
        String path = freshPath();
        register(playbook(path, "1"));
        register(playbook(path, "2"));
        JsonPath deleted = post("delete", Map.of("path", path));
        assertThat(deleted.getString("status")).isEqualTo("success");
        assertThat(deleted.getInt("count")).isEqualTo(2);
        given().queryParam("path", path).get("/api/catalog/by-path").then().statusCode(404);

        JsonPath restored = post("restore", Map.of("path", path, "version", 2));
        assertThat(restored.getList("restored.version")).containsExactly(2);
        assertThat(given().queryParam("path", path).get("/api/catalog/by-path").jsonPath().getInt("version")).isEqualTo(2);
    }

    @Test
    void agentListingsFilterOnMetadata() {
        String path = freshPath();
        String agent = playbook(path, "agent").replace("  labels:", "  agent: true\n  capabilities: [search, sql]\n  labels:");
        register(agent);
        register(playbook(freshPath(), "not an agent"));
        List<String> agents = post("agents/list", Map.of("capability", "sql")).getList("entries.path");
        assertThat(agents).contains(path).allMatch(p -> p.equals(path) || !p.startsWith("tests/"), "only agents");
        assertThat(post("agents/list", Map.of("capabilities", List.of("search", "nope"))).getList("entries.path")).doesNotContain(path);
    }
}
