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
    private final Path log;

    private PackagedService(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts {@code module} on a free port and waits until it is ready (up to two minutes). */
    public static PackagedService start(String module, String portVariable, Map<String, String> extraEnv) throws Exception {
        return start(module, portVariable, extraEnv, module + "-test");
    }

    /** As {@link #start(String, String, Map)}, logging to {@code target/<logName>.log} (several processes of one module). */
    public static PackagedService start(String module, String portVariable, Map<String, String> extraEnv, String logName)
            throws Exception {
        TestDatabase db = TestDatabase.get().migrate();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) throw new IllegalStateException("build " + module + " first: " + jar + " is missing");
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(new File("target/" + logName + ".log"));
        Map<String, String> env = new HashMap<>(db.settings().serviceEnv(db.server().host(), db.server().port()));
        env.put(portVariable, Integer.toString(port));
        env.put("NOETL_ENCRYPTION_KEY", TEST_KEY);
        env.put("NOETL_INTERNAL_TOKEN", TEST_TOKEN);
        env.putAll(extraEnv);
        pb.environment().putAll(env);
        PackagedService service = new PackagedService(pb.start(), "http://localhost:" + port, Path.of("target", logName + ".log"));
        service.awaitReady(logName);
        return service;
    }

    public String url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the process printed so far (stdout and stderr). */
    public String log() throws java.io.IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Sends a signal by name ({@code KILL}, {@code STOP}, {@code CONT}, {@code TERM}) the way an operator would. */
    public void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
    }

    /** Waits for the process to end; true when it did within {@code max}. */
    public boolean awaitExit(Duration max) throws InterruptedException {
        return process.waitFor(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void awaitReady(String module) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(module + " exited; see " + log);
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
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
