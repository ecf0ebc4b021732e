package io.noetl.standalone;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.PgServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a user needs once the platform is up: where each service, the registry, the databases and logs are. */
final class Banner {

    static final String MASK = "****";

    private Banner() {
    }

    static String render(Map<String, String> env, BootstrapSettings settings, PgServer server, boolean embedded,
                         DataDirectory dir, List<RegistryRow> registry, Duration startup) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%nNoETL is running: %d services ready in %.1f s%n%n", Service.values().length,
                startup.toMillis() / 1000.0));
        for (Service service : Service.values()) {
            String url = service.baseUrl(env);
            b.append(String.format("  %-20s %s%n", service.folder, url));
            b.append(String.format("  %-20s   Swagger UI %s/q/swagger-ui%n", "", url));
            b.append(String.format("  %-20s   Health     %s/q/health/ready%n", "", url));
        }
        b.append(String.format("  %-20s %s/api/runtime  (%d ready instances)%n%n", "Runtime registry",
                Service.EXECUTION.baseUrl(env), registry.size()));
        database(b, "Platform database", server, settings.noetlDb(), settings.noetlUser(),
                shown(settings.noetlPassword(), BootstrapSettings.DEV_NOETL_PASSWORD));
        database(b, "Workspace database", server, settings.demoDb(), settings.demoUser(),
                shown(settings.demoPassword(), BootstrapSettings.DEV_DEMO_PASSWORD));
        b.append(String.format("  %-20s %s%n", "PostgreSQL", embedded
                ? "embedded, data in " + dir.pgdata() + " (superuser postgres, no password, local only)"
                : "external server " + server.host() + ":" + server.port()));
        b.append(String.format("  %-20s %s%n%n", "Logs", dir.logs() + "/<service>.log"));
        b.append("Press Ctrl-C to stop.\n");
        return b.toString();
    }

    private static void database(StringBuilder b, String label, PgServer server, String db, String user, String password) {
        b.append(String.format("  %-20s %s  (role %s, password %s)%n", label, server.jdbcUrl(db), user, password));
        b.append(String.format("  %-20s postgresql://%s:%s@%s:%d/%s%n", "", user, password, server.host(), server.port(), db));
    }

    /**
     * The development passwords are public knowledge and worth showing; a password the user set in the
     * environment is not printed to a terminal (or a CI log).
     */
    static String shown(String password, String developmentPassword) {
        return password.equals(developmentPassword) ? password : MASK;
    }
}
