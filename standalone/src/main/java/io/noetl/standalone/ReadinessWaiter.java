package io.noetl.standalone;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.PgServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Waits until every service is ready twice over: its readiness probe answers 200, and the runtime registry
 * holds a fresh 'ready' row of its kind. The second is what peers use to find each other, so a platform
 * with all probes green but a kind missing from the registry is not usable yet.
 */
final class ReadinessWaiter {

    static final Duration POLL = Duration.ofMillis(250);
    static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    /** Fresh ready instances. Unqualified: bootstrap.sql sets the platform role's search_path to its schema. */
    static final String READY_INSTANCES = """
            SELECT kind, name, uri FROM runtime
             WHERE status = 'ready' AND heartbeat > now() - interval '15 seconds'
             ORDER BY kind, name""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<ServiceProcess> children;
    private final Map<String, String> env;
    private final PgServer server;
    private final BootstrapSettings settings;
    private final PrintStream out;
    private final BooleanSupplier stopping;
    /** The last not-ready answer of each service: on a timeout it says more than any log line. */
    private final Map<Service, String> lastAnswer = new EnumMap<>(Service.class);

    ReadinessWaiter(List<ServiceProcess> children, Map<String, String> env, PgServer server,
                    BootstrapSettings settings, PrintStream out, BooleanSupplier stopping) {
        this.children = children;
        this.env = env;
        this.server = server;
        this.settings = settings;
        this.out = out;
        this.stopping = stopping;
    }

    /** Returns the registry rows of the four kinds once all are ready. */
    List<RegistryRow> await() throws StartupFailed, InterruptedException {
        long start = System.nanoTime();
        long nextProgress = start + PROGRESS_EVERY.toNanos();
        List<ServiceProcess> pending = new ArrayList<>(children);
        Set<String> kinds = children.stream().map(c -> c.service().kind).collect(Collectors.toSet());
        while (true) {
            if (stopping.getAsBoolean()) throw new StartupFailed("stopped by a signal", List.of());
            for (ServiceProcess child : children) {
                if (!child.isAlive()) {
                    throw new StartupFailed(child.service().folder + " exited with code " + child.exitCode()
                            + " before it was ready", List.of(child));
                }
            }
            pending.removeIf(this::probeReady);
            List<RegistryRow> rows = pending.isEmpty() ? readyRows(kinds) : List.of();
            Set<String> registered = rows.stream().map(RegistryRow::kind).collect(Collectors.toSet());
            if (pending.isEmpty() && registered.containsAll(kinds)) return rows;
            long now = System.nanoTime();
            if (now - start > DEADLINE.toNanos()) throw timedOut(pending, registered);
            if (now > nextProgress) {
                out.println("  still waiting for " + describe(pending, registered) + " ...");
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private boolean probeReady(ServiceProcess child) {
        URI uri = URI.create(child.service().baseUrl(env) + "/q/health/ready");
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                out.printf("  %-18s ready (pid %d)%n", child.service().folder, child.pid());
                return true;
            }
            lastAnswer.put(child.service(), answer.statusCode() + " " + answer.body().replaceAll("\\s+", " "));
            return false;
        } catch (IOException e) {
            lastAnswer.put(child.service(), "not listening yet");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<RegistryRow> readyRows(Set<String> kinds) {
        List<RegistryRow> rows = new ArrayList<>();
        try (Connection conn = server.connect(settings.noetlDb(), settings.noetlUser(), settings.noetlPassword());
             PreparedStatement st = conn.prepareStatement(READY_INSTANCES);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                RegistryRow row = new RegistryRow(rs.getString("kind"), rs.getString("name"), rs.getString("uri"));
                if (kinds.contains(row.kind())) rows.add(row);
            }
        } catch (SQLException e) {
            return List.of();   // e.g. a moment before the first service's migrations created the table
        }
        return rows;
    }

    private StartupFailed timedOut(List<ServiceProcess> pending, Set<String> registered) {
        List<ServiceProcess> suspects = new ArrayList<>(pending);
        suspects.addAll(unregistered(pending, registered));
        StringBuilder message = new StringBuilder("not ready after " + DEADLINE.toSeconds() + " s: waiting for "
                + describe(pending, registered));
        pending.forEach(c -> message.append("\n  last answer of ").append(c.service().folder).append(": ")
                .append(lastAnswer.getOrDefault(c.service(), "none")));
        return new StartupFailed(message.toString(), suspects);
    }

    private String describe(List<ServiceProcess> pending, Set<String> registered) {
        List<String> waits = new ArrayList<>();
        pending.forEach(c -> waits.add(c.service().folder + " (" + c.service().baseUrl(env) + "/q/health/ready)"));
        unregistered(pending, registered).forEach(c -> waits.add(c.service().kind + " in the runtime registry"));
        return String.join(", ", waits);
    }

    /** Services whose probe is green but whose kind is missing from the registry (asked only once all probes are). */
    private List<ServiceProcess> unregistered(List<ServiceProcess> pending, Set<String> registered) {
        if (!pending.isEmpty()) return List.of();
        return children.stream().filter(c -> !registered.contains(c.service().kind)).toList();
    }
}
