package io.noetl.execution;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Requests the keychain tests share: a store, a token body, and the internal caller. */
final class KeychainRequests {

    static final String TOKEN = "Bearer test-internal-token";

    private KeychainRequests() {
    }

    static RequestSpecification internal() {
        return given().header("Authorization", TOKEN);
    }

    static JsonPath store(long catalog, String name, Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/keychain/" + catalog + "/" + name)
                .then().statusCode(200).extract().jsonPath();
    }

    /** A set body with {@code secret} as the access token, plus extra fields as name, value pairs. */
    static Map<String, Object> token(String secret, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("token_data", Map.of("access_token", secret, "token_type", "Bearer"),
                "credential_type", "oauth2_client_credentials"));
        for (int i = 0; i < more.length; i += 2) body.put((String) more[i], more[i + 1]);
        return body;
    }
}
