package io.noetl.catalog;

import static io.noetl.catalog.CatalogFixtures.freshPath;
import static io.noetl.catalog.CatalogFixtures.playbook;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CatalogRegistrationTest {

    static JsonPath register(String yaml) {
        return given().contentType("application/json").body(Map.of("content", yaml))
                .post("/api/catalog/register").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aNewPathStartsAtVersionOneAndIdenticalContentIsUnchanged() {
        String path = freshPath();
        JsonPath first = register(playbook(path, "a"));
        assertThat(first.getString("status")).isEqualTo("success");
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getString("kind")).isEqualTo("playbook");
        assertThat(first.getString("path")).isEqualTo(path);
        assertThat(first.getString("content_sha256")).hasSize(64);

        JsonPath again = register(playbook(path, "a"));
        assertThat(again.getString("status")).isEqualTo("unchanged");
        assertThat(again.getString("catalog_id")).isEqualTo(first.getString("catalog_id"));
        assertThat(again.getInt("version")).isEqualTo(1);

        JsonPath second = register(playbook(path, "b"));
        assertThat(second.getString("status")).isEqualTo("success");
        assertThat(second.getInt("version")).isEqualTo(2);
    }

    @Test
    void rawYamlAndBase64BodiesRegisterTheSameDocument() {
        String path = freshPath();
        String yaml = playbook(path, "raw");
        JsonPath raw = given().contentType("application/yaml").body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/catalog/register")
                .then().statusCode(200).extract().jsonPath();
        String b64 = Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8));
        JsonPath encoded = given().contentType("application/json").body(Map.of("content", b64))
                .post("/api/catalog/register").then().statusCode(200).extract().jsonPath();
        assertThat(encoded.getString("status")).isEqualTo("unchanged");
        assertThat(encoded.getString("catalog_id")).isEqualTo(raw.getString("catalog_id"));

        String stored = given().get("/api/catalog/" + raw.getString("catalog_id")).jsonPath().getString("content");
        assertThat(stored).isEqualTo(yaml);
    }

    @Test
    void twentyConcurrentRegistrationsOfOnePathGetVersionsOneToTwentyWithoutGaps() throws Exception {
        String path = freshPath();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String doc = playbook(path, "concurrent-" + i);
                calls.add(pool.submit(() -> register(doc).getInt("version")));
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<Integer> call : calls) versions.add(call.get());
            assertThat(versions).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            pool.shutdown();
        }
        List<Integer> listed = given().queryParam("path", path).get("/api/catalog/versions").jsonPath().getList("items.version");
        assertThat(listed).hasSize(20).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theDocumentsKindWinsOverResourceTypeWithAWarning() {
        String path = freshPath();
        JsonPath result = given().contentType("application/json")
                .body(Map.of("content", playbook(path, "k"), "resource_type", "credential"))
                .post("/api/catalog/register").then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("kind")).isEqualTo("playbook");
        assertThat(result.getList("warnings.path")).containsExactly("/kind");
    }

    @Test
    void aPlaybookIsStoredAsWrittenAndNormalizedWithItsWarnings() {
        String path = freshPath();
        String yaml = """
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata:
                  name: shorthand
                  path: %s
                workflow:
                  - step: start
                    tool: {kind: http, url: "http://example.invalid/{{ workload.id }}", timeout: 30s}
                    next: end
                  - step: end
                  - step: orphan
                """.formatted(path);
        JsonPath result = register(yaml);
        assertThat(result.getList("warnings.code")).containsExactly("unreachable_step");
        assertThat(result.getList("warnings.path")).containsExactly("/workflow/2/step");
        JsonPath stored = given().get("/api/catalog/" + result.getString("catalog_id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getString("content")).isEqualTo(yaml);
        assertThat(stored.getString("payload.workflow[0].next.arcs[0].step")).isEqualTo("end");
        assertThat(stored.getString("payload.workflow[0].next.spec.mode")).isEqualTo("exclusive");
        assertThat(stored.getBoolean("payload.workflow[0].tool.single")).isTrue();
        assertThat(stored.getInt("payload.workflow[0].tool.tasks[0].spec.timeout")).isEqualTo(30);
        assertThat(stored.getString("payload.executor.spec.entry_step")).isEqualTo("start");
        assertThat(stored.getList("meta.warnings.code")).containsExactly("unreachable_step");
        assertThat(stored.getList("meta.warnings.line")).containsExactly(11);
    }
}
