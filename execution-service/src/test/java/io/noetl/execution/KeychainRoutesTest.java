package io.noetl.execution;

import static io.noetl.execution.KeychainRequests.internal;
import static io.noetl.execution.KeychainRequests.store;
import static io.noetl.execution.KeychainRequests.token;
import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class KeychainRoutesTest {

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
