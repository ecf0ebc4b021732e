package io.noetl.execution.flow;

import static io.restassured.RestAssured.given;

import io.noetl.testsupport.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The test plays catalog client and worker: it registers playbooks with the real catalog-service, leases
 * commands with SQL as a worker would, and reports results over HTTP.
 */
final class FlowFixtures {

    /** A leased command: what a worker holds. */
    record Leased(long commandId, long executionId, String step, Integer loopIndex, long token, int attempt) {
    }

    private FlowFixtures() {
    }

    static String uniquePath(String base) {
        return "tests/" + base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void register(String yaml) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(CatalogProcessResource.url
                + "/api/catalog/register")).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("register failed: " + r.body());
    }

    static JsonPath execute(String path, Map<String, Object> payload) {
        return given().contentType("application/json").body(Map.of("path", path, "payload", payload))
                .post("/api/execute").then().statusCode(200).extract().jsonPath();
    }

    /** Leases every due command of the execution, like a worker's lease statement. */
    static List<Leased> lease(long executionId) throws Exception {
        String sql = """
                UPDATE noetl.command SET status = 'LEASED', worker_id = 'test-worker', lease_token = lease_token + 1,
                       lease_until = now() + interval '60 seconds', attempt = attempt + 1, leased_at = now()
                 WHERE execution_id = ? AND status = 'PENDING' AND available_at <= now()
                RETURNING command_id, execution_id, step_name, loop_index, lease_token, attempt""";
        List<Leased> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, executionId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Leased(rs.getLong(1), rs.getLong(2), rs.getString(3), (Integer) rs.getObject(4),
                            rs.getLong(5), rs.getInt(6)));
                }
            }
        }
        out.sort((a, b) -> Long.compare(a.commandId(), b.commandId()));
        return out;
    }

    static Response report(Leased l, String type, Object result, String key) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("event_type", type);
        if (result != null) event.put("result", result);
        if (type.equals("command.failed")) event.put("error", Map.of("message", "it broke"));
        var req = given().contentType("application/json");
        if (key != null) req = req.header("Idempotency-Key", key);
        return req.body(Map.of("execution_id", Long.toString(l.executionId()), "command_id", Long.toString(l.commandId()),
                "lease_token", l.token(), "worker_id", "test-worker", "events", List.of(event))).post("/api/events/batch");
    }

    static Map<String, Object> ok(Object data) {
        Map<String, Object> env = new java.util.LinkedHashMap<>();
        env.put("status", "ok");
        env.put("data", data);
        return env;
    }

    static List<String> sql(String query, Object... args) throws Exception {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    static List<String> eventTypes(long executionId) throws Exception {
        return sql("SELECT event_type || ':' || coalesce(node_name, '') FROM noetl.event WHERE execution_id = ? ORDER BY event_id", executionId);
    }

    private static Connection connect() throws Exception {
        TestDatabase db = TestDatabase.get();
        return db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
    }
}
