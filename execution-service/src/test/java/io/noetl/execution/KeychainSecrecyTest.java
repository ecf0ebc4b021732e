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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keychain secrets never leave encrypted storage except to the internal token, and never when tampered with. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class KeychainSecrecyTest {

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
}
