package io.noetl.testsupport;

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
 * A packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) as its own process on the test
 * database, so a service's tests talk to its real peers over HTTP (the reactor builds modules in order).
 */
public final class PackagedService implements AutoCloseable {

    public static final String TEST_KEY = "test:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    public static final String TEST_TOKEN = "test-internal-token";

    private final Process process;
    private final String url;

    private PackagedService(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code module} on a free port and waits until it is ready (up to two minutes). */
    public static PackagedService start(String module, String portVariable, Map<String, String> extraEnv) throws Exception {
        TestDatabase db = TestDatabase.get().migrate();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) throw new IllegalStateException("build " + module + " first: " + jar + " is missing");
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(new File("target/" + module + "-test.log"));
        Map<String, String> env = new HashMap<>(db.settings().serviceEnv(db.server().host(), db.server().port()));
        env.put(portVariable, Integer.toString(port));
        env.put("NOETL_ENCRYPTION_KEY", TEST_KEY);
        env.put("NOETL_INTERNAL_TOKEN", TEST_TOKEN);
        env.putAll(extraEnv);
        pb.environment().putAll(env);
        PackagedService service = new PackagedService(pb.start(), "http://localhost:" + port);
        service.awaitReady(module);
        return service;
    }

    public String url() {
        return url;
    }

    private void awaitReady(String module) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(module + " exited; see target/" + module + "-test.log");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(module + " not ready within 120 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
