package io.noetl.execution.flow;

import io.noetl.testsupport.TestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real catalog-service, as its packaged jar in its own process on the test database, so execution-service
 * resolves playbooks exactly as in production: through HTTP (the reactor builds catalog-service first).
 */
public class CatalogProcessResource implements QuarkusTestResourceLifecycleManager {

    static final String KEY = "test:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static volatile String url;
    private Process process;

    @Override
    public Map<String, String> start() {
        try {
            TestDatabase db = TestDatabase.get().migrate();
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path jar = Path.of("..", "catalog-service", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
            if (!Files.exists(jar)) throw new IllegalStateException("build catalog-service first: " + jar + " is missing");
            ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(new File("target/catalog-service-test.log"));
            Map<String, String> env = new HashMap<>(db.settings().serviceEnv(db.server().host(), db.server().port()));
            env.put("NOETL_CATALOG_PORT", Integer.toString(port));
            env.put("NOETL_ENCRYPTION_KEY", KEY);
            env.put("NOETL_INTERNAL_TOKEN", "test-internal-token");
            pb.environment().putAll(env);
            process = pb.start();
            url = "http://localhost:" + port;
            awaitReady();
            return Map.of("noetl.runtime.discovery.catalog-url", url);
        } catch (Exception e) {
            throw new IllegalStateException("catalog-service did not start", e);
        }
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("catalog-service exited; see target/catalog-service-test.log");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("catalog-service not ready within 120 s");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
