package io.noetl.catalog;

import static io.noetl.catalog.CatalogFixtures.freshPath;
import static io.noetl.catalog.CatalogFixtures.playbook;
import static io.noetl.catalog.CatalogRegistrationTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CatalogReadTest {

    @Test
    void readsByIdByPathAndVersionAndLatest() {
        String path = freshPath();
        String v1 = register(playbook(path, "1")).getString("catalog_id");
        String v2 = register(playbook(path, "2")).getString("catalog_id");

        JsonPath byId = given().get("/api/catalog/" + v1).then().statusCode(200).extract().jsonPath();
        assertThat(byId.getInt("version")).isEqualTo(1);
        assertThat(byId.getString("payload.metadata.path")).isEqualTo(path);
        assertThat(byId.getString("description")).isEqualTo("Says hello (1)");
        assertThat(byId.getString("labels.team")).isEqualTo("qa");

        assertThat(given().queryParam("path", path).get("/api/catalog/by-path").jsonPath().getString("catalog_id")).isEqualTo(v2);
        assertThat(given().queryParam("path", path).queryParam("version", "latest").get("/api/catalog/by-path")
                .jsonPath().getString("catalog_id")).isEqualTo(v2);
        assertThat(given().queryParam("path", path).queryParam("version", 1).get("/api/catalog/by-path")
                .jsonPath().getString("catalog_id")).isEqualTo(v1);
        given().queryParam("path", path).queryParam("version", 3).get("/api/catalog/by-path").then().statusCode(404);
    }

    @Test
    void softDeleteHidesAVersionFromLatestAndListingsButKeepsItById() {
        String path = freshPath();
        String v1 = register(playbook(path, "1")).getString("catalog_id");
        String v2 = register(playbook(path, "2")).getString("catalog_id");

        JsonPath deleted = given().delete("/api/catalog/" + v2).then().statusCode(200).extract().jsonPath();
        assertThat(deleted.getString("deleted_at")).isNotNull();
        given().delete("/api/catalog/" + v2).then().statusCode(200); // idempotent

        assertThat(given().queryParam("path", path).get("/api/catalog/by-path").jsonPath().getString("catalog_id")).isEqualTo(v1);
        assertThat(given().get("/api/catalog/" + v2).then().statusCode(200).extract().jsonPath().getString("deleted_at")).isNotNull();
        assertThat(given().queryParam("path", path).get("/api/catalog").jsonPath().getList("items.catalog_id")).containsExactly(v1);
        assertThat(given().queryParam("path", path).get("/api/catalog/versions").jsonPath().getList("items.catalog_id"))
                .containsExactly(v2, v1);

        // The next registration never reuses a version number, even a deleted one.
        assertThat(register(playbook(path, "3")).getInt("version")).isEqualTo(3);

        given().post("/api/catalog/" + v2 + "/restore").then().statusCode(200);
        assertThat(given().queryParam("path", path).queryParam("version", 2).get("/api/catalog/by-path")
                .jsonPath().getString("deleted_at")).isNull();
    }

    @Test
    void listingFiltersByPrefixPagesWithACursorAndCanShowEveryVersion() {
        String prefix = freshPath() + "/";
        for (int i = 0; i < 5; i++) register(playbook(prefix + "p" + i, "x"));
        register(playbook(prefix + "p0", "y"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("path_prefix", prefix).queryParam("limit", 2);
            if (cursor != null) request.queryParam("cursor", cursor);
            JsonPath page = request.get("/api/catalog").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.path"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(prefix + "p0", prefix + "p1", prefix + "p2", prefix + "p3", prefix + "p4");

        List<Integer> all = given().queryParam("path_prefix", prefix).queryParam("latest_only", false)
                .get("/api/catalog").jsonPath().getList("items.version");
        assertThat(all).hasSize(6);
        List<Object> newest = given().queryParam("path_prefix", prefix).queryParam("sort", "-created_at")
                .queryParam("include_content", true).get("/api/catalog").jsonPath().getList("items.content");
        assertThat(newest).hasSize(5).allMatch(c -> c.toString().contains("kind: Playbook"));
    }

    @Test
    void kindsListTheSeededResources() {
        List<String> names = given().get("/api/catalog/kinds").then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(names).contains("playbook", "credential", "agent", "mcp", "memory");
    }
}
