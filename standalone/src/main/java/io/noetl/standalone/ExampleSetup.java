package io.noetl.standalone;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.PgServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a user needs to try the platform at once: the example playbooks of examples/ registered in the catalog and
 * the {@code pg_demo} credential for the workspace database they use (dsl.md §12). Registering is idempotent
 * (identical content answers "unchanged"), so every start does it; a failure is reported, never fatal.
 */
final class ExampleSetup {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern EXECUTION_ID = Pattern.compile("\"execution_id\"\\s*:\\s*\"(\\d+)\"");
    private static final Pattern EXECUTION_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    private final String catalogUrl;
    private final String executionUrl;
    private final PrintStream out;

    ExampleSetup(String catalogUrl, String executionUrl, PrintStream out) {
        this.catalogUrl = catalogUrl;
        this.executionUrl = executionUrl;
        this.out = out;
    }

    void run(Path examples, PgServer server, BootstrapSettings settings) {
        try {
            out.println("Registering the examples with catalog-service:");
            for (Path file : yamlFiles(examples)) registerPlaybook(file);
            String credential = post("/api/credentials", "application/json", pgDemo(server, settings));
            out.println("  credential pg_demo (workspace database " + settings.demoDb() + ") " + credential);
            runExample("examples/welcome");
            runExample("examples/hello_world");
        } catch (IOException e) {
            out.println("  could not register the examples: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts an example and waits up to 30 s for its end, then prints its status and result. */
    private void runExample(String path) throws IOException, InterruptedException {
        String started = send(executionUrl, "/api/execute", "{\"path\": \"" + path + "\"}");
        Matcher id = EXECUTION_ID.matcher(started);
        if (!id.find()) throw new IOException("execute answered " + started);
        String execution = id.group(1);
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(executionUrl + "/api/executions/" + execution
                    + "/result")).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher status = EXECUTION_STATUS.matcher(r.body());
            if (r.statusCode() == 200 && r.body().contains("\"final\":true") && status.find()) {
                out.println("Ran " + path + " (execution " + execution + "): " + status.group(1) + " " + r.body());
                out.println("  follow any execution: curl " + executionUrl + "/api/executions/" + execution + "/status");
                return;
            }
            Thread.sleep(500);
        }
        out.println(path + " (execution " + execution + ") did not finish within 30 s; follow it: curl " + executionUrl
                + "/api/executions/" + execution + "/status");
    }

    private void registerPlaybook(Path file) throws IOException, InterruptedException {
        String answer = post("/api/catalog/register", "application/yaml", Files.readString(file));
        Matcher version = VERSION.matcher(answer);
        Matcher status = STATUS.matcher(answer);
        String shown = version.find() && status.find() ? "v" + version.group(1) + " (" + status.group(1) + ")" : answer;
        out.println("  " + examples(file) + " " + shown);
    }

    private static String examples(Path file) {
        return "examples/" + file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    private String send(String base, String route, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + route)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) throw new IOException(route + " answered " + response.statusCode() + ": " + response.body());
        return response.body();
    }

    private String post(String route, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(catalogUrl + route)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) throw new IOException(route + " answered " + response.statusCode()
                + ": " + response.body());
        return route.endsWith("register") ? response.body() : "ok";
    }

    /** The workspace credential; the services reach PostgreSQL where the launcher does. */
    static String pgDemo(PgServer server, BootstrapSettings s) {
        return "{\"name\":\"pg_demo\",\"type\":\"postgres\",\"description\":\"workspace database of the examples\","
                + "\"data\":{\"host\":" + json(server.host()) + ",\"port\":" + server.port() + ",\"user\":"
                + json(s.demoUser()) + ",\"password\":" + json(s.demoPassword()) + ",\"database\":"
                + json(s.demoDb()) + "}}";
    }

    static String json(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
