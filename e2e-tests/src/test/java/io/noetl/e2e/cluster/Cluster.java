package io.noetl.e2e.cluster;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.noetl.testsupport.PackagedService;
import io.noetl.testsupport.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * catalog-service and execution-service as packaged processes on the test database, started once per test JVM
 * and shared by the fault tests; each test class brings its own worker processes ({@link #worker}). The reaper
 * runs every second so an expired lease is settled within a couple of seconds.
 */
public final class Cluster {

    private static Cluster instance;

    public final PackagedService catalog;
    public final PackagedService execution;
    private PackagedService sharedWorker;
    private int workers;

    private Cluster(PackagedService catalog, PackagedService execution) {
        this.catalog = catalog;
        this.execution = execution;
    }

    public static synchronized Cluster get() throws Exception {
        if (instance == null) {
            PackagedService catalog = PackagedService.start("catalog-service", "NOETL_CATALOG_PORT", Map.of());
            PackagedService execution = PackagedService.start("execution-service", "NOETL_EXECUTION_PORT", Map.of(
                    "NOETL_RUNTIME_DISCOVERY_CATALOG_URL", catalog.url(),
                    "NOETL_EXECUTION_REAPER_INTERVAL", "1s", "NOETL_EXECUTION_REAPER_BACKOFF_BASE", "1s"));
            instance = new Cluster(catalog, execution);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll, "e2e-cluster-stop"));
        }
        return instance;
    }

    /** A new worker process (heartbeat every second unless {@code env} says otherwise), logging to target/<name>.log. */
    public synchronized PackagedService worker(String name, Map<String, String> env) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(Map.of(
                "NOETL_RUNTIME_DISCOVERY_CATALOG_URL", catalog.url(),
                "NOETL_RUNTIME_DISCOVERY_EXECUTION_URL", execution.url(),
                "NOETL_WORKER_HEARTBEAT", "1s"));
        all.putAll(env);
        workers++;
        return PackagedService.start("worker-service", "NOETL_WORKER_PORT", all, "worker-" + name);
    }

    /** One ordinary worker kept for the classes that need no special one; fault classes stop it first. */
    public synchronized PackagedService sharedWorker() throws Exception {
        if (sharedWorker == null) sharedWorker = worker("shared", Map.of());
        return sharedWorker;
    }

    public synchronized void stopSharedWorker() throws InterruptedException {
        if (sharedWorker != null) sharedWorker.close();
        sharedWorker = null;
    }

    public void register(String yaml) {
        given().baseUri(catalog.url()).contentType("application/yaml").body(yaml.getBytes())
                .post("/api/catalog/register").then().statusCode(200);
    }

    /** Starts the latest version of {@code path}; returns the execution id. */
    public String start(String path, Map<String, Object> payload) {
        return given().baseUri(execution.url()).contentType("application/json").body(Map.of("path", path, "payload", payload))
                .post("/api/execute").then().statusCode(200).extract().path("execution_id");
    }

    public String status(String executionId) {
        return given().baseUri(execution.url()).get("/api/executions/" + executionId + "/status").then().statusCode(200)
                .extract().path("status");
    }

    /** Waits for a terminal status and returns it. */
    public String awaitTerminal(String executionId, Duration max) {
        Set<String> terminal = Set.of("COMPLETED", "FAILED", "CANCELLED");
        try {
            await().atMost(max).pollInterval(Duration.ofMillis(250)).until(() -> terminal.contains(status(executionId)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("execution " + executionId + " still " + status(executionId) + " after " + max + ":\n"
                    + story(executionId), e);
        }
        String status = status(executionId);
        if (!"COMPLETED".equals(status)) System.err.println("execution " + executionId + " ended " + status + ":\n" + story(executionId));
        return status;
    }

    public JsonPath result(String executionId) {
        return given().baseUri(execution.url()).get("/api/executions/" + executionId + "/result").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The execution's events as "type step: error" lines, for assertion messages. */
    public String story(String executionId) {
        try {
            return String.join("\n", sql().column("SELECT event_type || ' ' || coalesce(node_name, '') || coalesce(': ' || "
                    + "coalesce(result->'error'->>'kind', '') || ' ' || coalesce(error, result->'error'->>'message'), '') "
                    + "FROM noetl.event WHERE execution_id = ? ORDER BY event_id", Long.parseLong(executionId)));
        } catch (java.sql.SQLException e) {
            return "(events unreadable: " + e.getMessage() + ")";
        }
    }

    public Sql sql() {
        TestDatabase db = TestDatabase.get();
        return new Sql(db.server(), db.settings());
    }

    /**
     * At JVM exit: every process is asked to stop at once (SIGTERM) and killed if it has not within 20 s, so the
     * whole stop stays within Surefire's exit timeout and no service outlives the test JVM.
     */
    private void stopAll() {
        List<PackagedService> all = new java.util.ArrayList<>(List.of(execution, catalog));
        synchronized (this) {
            if (sharedWorker != null) all.add(sharedWorker);
        }
        all.forEach(PackagedService::terminate);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (PackagedService s : all) {
            try {
                if (!s.awaitExit(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) s.kill();
            } catch (InterruptedException e) {
                s.kill();
                Thread.currentThread().interrupt();
            }
        }
    }

}
