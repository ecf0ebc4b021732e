package io.noetl.deploy;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service jar run as a process with exactly the environment a manifest gives its container
 * (the JVM's own environment is cleared, so nothing leaks in from the machine running the tests).
 */
final class JarProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final Process process;
    final Path log;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static JarProcess start(String module, Map<String, String> env, String logName) throws IOException {
        Path jar = Repo.path(module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) throw new IllegalStateException("build " + module + " first: " + jar + " is missing");
        Path log = Path.of("target", logName + ".log").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File("target"));
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().putAll(env);
        return new JarProcess(pb.start(), log);
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration max) throws InterruptedException {
        if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + max + "; see " + log);
        }
        return process.exitValue();
    }

    /** The HTTP status of GET path, or -1 while nothing listens. */
    static int status(int port, String path) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
