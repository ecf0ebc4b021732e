package io.noetl.execution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routes of api.md §4.5-4.8 carry the spec's operationIds and their route-specific errors. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExtrasOpenApiTest {

    private static final Map<String, String[]> OPERATIONS = Map.ofEntries(
            Map.entry("get /api/vars/{execution_id}", new String[] {"listVariables", "404"}),
            Map.entry("get /api/vars/{execution_id}/{var_name}", new String[] {"getVariable", "404"}),
            Map.entry("post /api/vars/{execution_id}", new String[] {"setVariables", "404", "413", "422"}),
            Map.entry("delete /api/vars/{execution_id}/{var_name}", new String[] {"deleteVariable", "404"}),
            Map.entry("delete /api/vars/{execution_id}", new String[] {"deleteAllVariables", "404"}),
            Map.entry("get /api/keychain/{catalog_id}/{keychain_name}", new String[] {"getKeychainEntry", "401", "403", "422"}),
            Map.entry("post /api/keychain/{catalog_id}/{keychain_name}", new String[] {"setKeychainEntry", "413", "422"}),
            Map.entry("delete /api/keychain/{catalog_id}/{keychain_name}", new String[] {"deleteKeychainEntry", "422"}),
            Map.entry("get /api/keychain/catalog/{catalog_id}", new String[] {"listKeychainEntries"}),
            Map.entry("post /api/context/render", new String[] {"renderContext", "404", "422"}),
            Map.entry("post /api/worker/pool/register", new String[] {"registerWorkerPool", "422"}),
            Map.entry("post /api/worker/pool/heartbeat", new String[] {"heartbeatWorkerPool", "404"}),
            Map.entry("post /api/worker/pool/deregister", new String[] {"deregisterWorkerPool", "404"}),
            Map.entry("delete /api/worker/pool/deregister", new String[] {"deregisterWorkerPoolDelete", "404"}),
            Map.entry("get /api/worker/pools", new String[] {"listWorkerPools", "400"}));

    @Test
    void everyExtrasOperationHasItsIdAndErrors() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        OPERATIONS.forEach((route, expected) -> {
            String[] parts = route.split(" ", 2);
            Map<String, Object> op = doc.getMap("paths.'" + parts[1] + "'." + parts[0]);
            assertThat(op).as(route).isNotNull().containsEntry("operationId", expected[0]).containsKey("summary");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            for (int i = 1; i < expected.length; i++) assertThat(responses).as(route).containsKey(expected[i]);
            assertThat(responses).as(route).containsKeys("200", "400", "500", "503");
        });
    }
}
