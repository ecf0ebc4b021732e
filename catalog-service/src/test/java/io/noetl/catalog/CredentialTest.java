package io.noetl.catalog;

import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.noetl.testsupport.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CredentialTest {

    private static final String TOKEN = "Bearer test-internal-token";

    private static String name() {
        return "cred_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static JsonPath upsert(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/credentials")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> postgres(String name, String password) {
        return Map.of("name", name, "type", "postgres", "description", "demo db",
                "data", Map.of("db_host", "localhost", "user", "demo", "database", "demo_noetl", "password", password));
    }

    private static String sql(String query) throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection c = db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) out.append(rs.getString(1)).append('\n');
            return out.toString();
        }
    }

    @Test
    void aCanarySecretAppearsOnlyInAnInternalReadWithData() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        String name = name();
        JsonPath created = upsert(postgres(name, canary));
        assertThat(created.getString("type")).isEqualTo("postgres");
        assertThat(created.getMap("$")).doesNotContainKey("data");

        assertThat(sql("SELECT t::text FROM noetl.credential t")).doesNotContain(canary).contains(name);
        assertThat(given().get("/api/credentials/" + name).asString()).doesNotContain(canary);
        assertThat(given().get("/api/credentials?q=" + name).asString()).doesNotContain(canary).contains(name);

        JsonPath revealed = given().header("Authorization", TOKEN).queryParam("include_data", true)
                .get("/api/credentials/" + name).then().statusCode(200).extract().jsonPath();
        assertThat(revealed.getString("data.password")).isEqualTo(canary);
        assertThat(revealed.getString("data.host")).as("upstream alias db_host normalized").isEqualTo("localhost");

        Path log = Path.of("target/quarkus-test.log");
        if (Files.exists(log)) assertThat(Files.readString(log)).doesNotContain(canary);
    }

    @Test
    void dataNeedsTheInternalTokenEvenWithAuthOff() {
        String canary = "CANARY-" + UUID.randomUUID();
        String name = name();
        upsert(postgres(name, canary));
        Response none = given().queryParam("include_data", true).get("/api/credentials/" + name);
        assertProblem(none, 401, "unauthenticated", "/api/credentials/" + name);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        Response other = given().header("Authorization", "Bearer not-the-token").queryParam("include_data", true)
                .get("/api/credentials/" + name);
        assertProblem(other, 403, "forbidden", "/api/credentials/" + name);
        assertThat(none.asString() + other.asString()).doesNotContain(canary);
    }

    @Test
    void replacingByNameKeepsTheIdAndTheNewDataReadsBack() {
        String name = name();
        String id = upsert(postgres(name, "one")).getString("id");
        assertThat(upsert(postgres(name, "two")).getString("id")).isEqualTo(id);
        assertThat(given().header("Authorization", TOKEN).get("/api/credentials/" + id + "?include_data=true")
                .jsonPath().getString("data.password")).isEqualTo("two");
    }

    @Test
    void aRecordCopiedOntoAnotherCredentialDoesNotDecrypt() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        String a = name();
        String b = name();
        upsert(postgres(a, canary));
        upsert(postgres(b, "other"));
        sql("WITH src AS (SELECT data_encrypted FROM noetl.credential WHERE name = '" + a + "') "
                + "UPDATE noetl.credential SET data_encrypted = (SELECT data_encrypted FROM src) WHERE name = '" + b
                + "' RETURNING name");
        Response r = given().header("Authorization", TOKEN).get("/api/credentials/" + b + "?include_data=true");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.asString()).doesNotContain(canary).doesNotContain("Exception");
    }

    @Test
    void everyMissingFieldAndABadNameAreListed() {
        Response r = given().contentType("application/json")
                .body(Map.of("name", "bad name'; drop", "type", "postgres", "data", Map.of("port", 5432)))
                .post("/api/credentials");
        assertProblem(r, 422, "validation_failed", "/api/credentials");
        assertThat(r.jsonPath().getList("errors.path")).containsExactlyInAnyOrder("/name", "/data/host", "/data/user", "/data/database");
        assertProblem(given().contentType("application/json").body(Map.of("name", "x", "type", "bearer", "data", "text"))
                .post("/api/credentials"), 400, "bad_request", "/api/credentials");
    }

    @Test
    void unknownUpstreamTypesBecomeGenericWithAWarningAndAliasesMap() {
        JsonPath generic = upsert(Map.of("name", name(), "type", "azure_sas", "data", Map.of("sas", "x")));
        assertThat(generic.getString("type")).isEqualTo("generic");
        assertThat(generic.getString("meta.original_type")).isEqualTo("azure_sas");
        assertThat(generic.getList("warnings.path")).containsExactly("/type");
        assertThat(upsert(Map.of("name", name(), "credential_type", "basic", "data", Map.of("username", "u", "password", "p")))
                .getString("type")).isEqualTo("http_basic");
    }

    @Test
    void listFiltersByTypeAndTextAndDeleteRemoves() {
        String prefix = "lst_" + UUID.randomUUID().toString().substring(0, 8);
        upsert(Map.of("name", prefix + "_b", "type", "bearer", "data", Map.of("token", "t")));
        upsert(Map.of("name", prefix + "_a", "type", "bearer", "data", Map.of("token", "t")));
        upsert(Map.of("name", prefix + "_c", "type", "api_key", "data", Map.of("api_key", "k")));
        List<String> bearers = given().queryParam("type", "bearer").queryParam("q", prefix.toUpperCase())
                .get("/api/credentials").jsonPath().getList("items.name");
        assertThat(bearers).containsExactly(prefix + "_a", prefix + "_b");

        given().delete("/api/credentials/" + prefix + "_a").then().statusCode(200);
        assertProblem(given().get("/api/credentials/" + prefix + "_a"), 404, "not_found", "/api/credentials/" + prefix + "_a");
    }
}
