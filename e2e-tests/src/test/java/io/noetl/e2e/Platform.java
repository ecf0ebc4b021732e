package io.noetl.e2e;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.PgServer;
import io.noetl.e2e.cluster.Sql;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform started the way a user starts it: the packaged `./noetl standalone` launcher as a
 * process, on free ports and a throw-away data folder, with the service processes as its children.
 */
final class Platform implements AutoCloseable {

    static final List<String> SERVICES = List.of("catalog", "execution", "worker", "scheduler");

    final Map<String, Integer> ports = new LinkedHashMap<>();
    final int pgPort;
    final Process launcher;
    final Path output;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Platform(Map<String, String> extraEnv, Path work) throws IOException {
        Path root = Path.of(System.getProperty("noetl.repo.root", "..")).toAbsolutePath().normalize();
        for (String s : SERVICES) ports.put(s, freePort());
        pgPort = freePort();
        output = work.resolve("launcher.out");
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar",
                root.resolve("standalone/target/noetl-standalone.jar").toString(),
                "standalone", "--fresh", "--data-dir", work.resolve("data").toString(), "--pg-port", Integer.toString(pgPort)));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        ports.forEach((s, p) -> pb.environment().put("NOETL_" + s.toUpperCase() + "_PORT", Integer.toString(p)));
        pb.environment().putAll(extraEnv);
        launcher = pb.start();
    }

    static Platform start(Map<String, String> extraEnv, Path work) throws IOException {
        Files.createDirectories(work);
        return new Platform(extraEnv, work);
    }

    PgServer server() {
        return new PgServer("localhost", pgPort, "postgres", null);
    }

    /** Runs a read-only oracle query as the platform role and returns the first column of each row. */
    List<String> sql(String query, Object... args) throws SQLException {
        return new Sql(server(), BootstrapSettings.defaults()).column(query, args);
    }

    String get(String service, String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(service) + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    String output() throws IOException {
        return Files.exists(output) ? Files.readString(output) : "";
    }

    /** Stops the launcher like Ctrl-C would (SIGTERM) and waits for it. */
    boolean stop(Duration max) throws InterruptedException {
        launcher.destroy();
        return launcher.waitFor(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (launcher.isAlive() && !stop(Duration.ofSeconds(30))) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
