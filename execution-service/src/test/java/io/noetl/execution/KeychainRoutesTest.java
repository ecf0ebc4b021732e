package io.noetl.execution;

import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class KeychainRoutesTest {

    private static final String TOKEN = "Bearer test-internal-token";

    private static RequestSpecification internal() {
        return given().header("Authorization", TOKEN);
    }

    private static JsonPath store(long catalog, String name, Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/keychain/" + catalog + "/" + name)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> token(String secret, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("token_data", Map.of("access_token", secret, "token_type", "Bearer"),
                "credential_type", "oauth2_client_credentials"));
        for (int i = 0; i < more.length; i += 2) body.put((String) more[i], more[i + 1]);
        return body;
    }

    @Test
    void aCanaryTokenIsStoredEncryptedAndReturnedOnlyToTheInternalToken() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        long catalog = ExtrasFixtures.catalogEntry();
        String name = ExtrasFixtures.unique("tok_");
        String path = "/api/keychain/" + catalog + "/" + name;
        JsonPath stored = store(catalog, name, token(canary, "ttl_seconds", 3000));
        assertThat(stored.getString("status")).isEqualTo("success");
        assertThat(stored.getString("cache_key")).isEqualTo(name + ":" + catalog + ":global");
        assertThat(stored.getLong("ttl_seconds")).isBetween(2990L, 3000L);

        assertThat(ExtrasFixtures.sql("SELECT k::text FROM noetl.keychain k")).contains(name).doesNotContain(canary);
        Response none = given().get(path);
        assertProblem(none, 401, "unauthenticated", path);
        assertProblem(given().header("Authorization", "Bearer other").get(path), 403, "forbidden", path);
        String listed = given().get("/api/keychain/catalog/" + catalog).then().statusCode(200).extract().asString();
        assertThat(listed).contains(name).doesNotContain(canary).doesNotContain("token_data");
        assertThat(none.asString() + stored.prettify()).doesNotContain(canary);

        JsonPath read = internal().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("status")).isEqualTo("success");
        assertThat(read.getString("token_data.access_token")).isEqualTo(canary);
        assertThat(read.getString("catalog_id")).isEqualTo(Long.toString(catalog));
        assertThat(read.getString("scope_type")).isEqualTo("global");
        assertThat(read.getInt("access_count")).isEqualTo(1);
        assertThat(internal().get(path).jsonPath().getInt("access_count")).isEqualTo(2);
        assertThat(read.getBoolean("expired")).isFalse();

        Path log = Path.of("target/quarkus-test.log");
        if (Files.exists(log)) assertThat(Files.readString(log)).doesNotContain(canary);
    }

    @Test
    void eachScopeHasItsOwnCacheKeyAndSharedMeansTheTree() throws Exception {
        long catalog = ExtrasFixtures.catalogEntry();
        long root = ExtrasFixtures.execution(catalog, "{}", "{}");
        long child = ExtrasFixtures.child(root);
        String name = ExtrasFixtures.unique("tok_");
        String base = "/api/keychain/" + catalog + "/" + name;
        store(catalog, name, token("g"));
        assertThat(store(catalog, name, token("l", "scope_type", "local", "execution_id", Long.toString(child)))
                .getString("cache_key")).isEqualTo(name + ":" + catalog + ":" + child);
        assertThat(store(catalog, name, token("s", "scope_type", "shared", "execution_id", child))
                .getString("cache_key")).isEqualTo(name + ":" + catalog + ":shared:" + root);

        assertThat(internal().get(base).jsonPath().getString("token_data.access_token")).isEqualTo("g");
        assertThat(internal().queryParam("scope_type", "local").queryParam("execution_id", child).get(base)
                .jsonPath().getString("token_data.access_token")).isEqualTo("l");
        assertThat(internal().queryParam("scope_type", "shared").queryParam("execution_id", root).get(base)
                .jsonPath().getString("token_data.access_token")).as("any member of the tree reads it").isEqualTo("s");
        assertThat(internal().queryParam("scope_type", "local").queryParam("execution_id", root).get(base)
                .jsonPath().getString("status")).isEqualTo("not_found");
        assertThat(given().get("/api/keychain/catalog/" + catalog).jsonPath().getInt("count")).isEqualTo(3);

        JsonPath deleted = given().queryParam("scope_type", "local").queryParam("execution_id", child).delete(base)
                .then().statusCode(200).extract().jsonPath();
        assertThat(deleted.getString("status")).isEqualTo("success");
        assertThat(given().queryParam("scope_type", "local").queryParam("execution_id", child).delete(base)
                .jsonPath().getString("status")).isEqualTo("not_found");
        assertThat(internal().get(base).jsonPath().getString("status")).as("global untouched").isEqualTo("success");
    }

    @Test
    void anExpiredEntryReadsAsNotFoundOrAsExpiredWhenItAutoRenews() throws Exception {
        long catalog = ExtrasFixtures.catalogEntry();
        String plain = ExtrasFixtures.unique("tok_");
        String renewing = ExtrasFixtures.unique("tok_");
        store(catalog, plain, token("p"));
        JsonPath at = store(catalog, renewing, token("r", "auto_renew", true, "renew_config", Map.of("endpoint", "/t"),
                "expires_at", "2099-01-02T03:04:05+02:00"));
        assertThat(at.getString("expires_at")).isEqualTo("2099-01-02T01:04:05.000Z");
        ExtrasFixtures.sql("UPDATE noetl.keychain SET expires_at = now() - interval '1 minute' WHERE catalog_id = ?", catalog);

        JsonPath gone = internal().get("/api/keychain/" + catalog + "/" + plain).then().statusCode(200).extract().jsonPath();
        assertThat(gone.getString("status")).isEqualTo("not_found");
        assertThat(gone.getString("cache_key")).isEqualTo(plain + ":" + catalog + ":global");
        JsonPath expired = internal().get("/api/keychain/" + catalog + "/" + renewing).then().statusCode(200).extract().jsonPath();
        assertThat(expired.getString("status")).isEqualTo("expired");
        assertThat(expired.getBoolean("expired")).isTrue();
        assertThat(expired.getString("token_data")).isNull();
        assertThat(expired.getString("renew_config.endpoint")).isEqualTo("/t");
        assertThat(expired.getInt("access_count")).as("an expired read is not an access").isZero();
    }

    @Test
    void aCiphertextMovedOrAlteredFailsWithoutLeaking() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        long catalog = ExtrasFixtures.catalogEntry();
        String a = ExtrasFixtures.unique("tok_");
        String b = ExtrasFixtures.unique("tok_");
        store(catalog, a, token(canary));
        store(catalog, b, token("other"));
        ExtrasFixtures.sql("UPDATE noetl.keychain SET data_encrypted = (SELECT data_encrypted FROM noetl.keychain WHERE keychain_name = ?)"
                + " WHERE keychain_name = ?", a, b);
        Response moved = internal().get("/api/keychain/" + catalog + "/" + b);
        assertProblem(moved, 500, "internal_error", "/api/keychain/" + catalog + "/" + b);
        assertThat(moved.asString()).doesNotContain(canary);

        ExtrasFixtures.sql("UPDATE noetl.keychain SET data_encrypted = overlay(data_encrypted placing"
                + " CASE WHEN substr(data_encrypted, 40, 1) = 'A' THEN 'B' ELSE 'A' END FROM 40 FOR 1) WHERE keychain_name = ?", a);
        Response altered = internal().get("/api/keychain/" + catalog + "/" + a);
        assertProblem(altered, 500, "internal_error", "/api/keychain/" + catalog + "/" + a);
        assertThat(altered.asString()).doesNotContain(canary);
    }

    @Test
    void badRequestsNameTheirFields() throws Exception {
        long catalog = ExtrasFixtures.catalogEntry();
        String path = "/api/keychain/" + catalog + "/tok";
        Response missing = given().contentType("application/json").body(Map.of("scope_type", "local", "cache_type", "cookie")).post(path);
        assertProblem(missing, 422, "validation_failed", path);
        assertThat(missing.jsonPath().getList("errors.path"))
                .containsExactlyInAnyOrder("/token_data", "/credential_type", "/cache_type", "/execution_id");
        assertProblem(given().contentType("application/json").body(Map.of("token_data", "text", "credential_type", "x")).post(path),
                400, "bad_request", path);
        assertProblem(given().contentType("application/json").body(token("x", "expires_at", "2099-01-01T00:00:00")).post(path),
                400, "bad_request", path);
        assertProblem(given().contentType("application/json").body(token("x".repeat(70 * 1024))).post(path),
                413, "payload_too_large", path);
        Response unknownTree = given().contentType("application/json")
                .body(token("x", "scope_type", "shared", "execution_id", ExtrasFixtures.unknownId())).post(path);
        assertProblem(unknownTree, 422, "validation_failed", path);
        assertThat(unknownTree.jsonPath().getList("errors.path")).containsExactly("/execution_id");

        Response noExecution = internal().queryParam("scope_type", "local").get(path);
        assertProblem(noExecution, 422, "validation_failed", path);
        assertThat(noExecution.jsonPath().getList("errors.path")).containsExactly("query.execution_id");
        assertProblem(internal().queryParam("scope_type", "planet").get(path), 400, "invalid_parameter", path);
        assertProblem(given().delete("/api/keychain/" + catalog + "/a:b"), 400, "invalid_parameter", "/api/keychain/" + catalog + "/a:b");
    }
}
