package io.noetl.standalone;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.PgServer;
import java.util.HashMap;
import java.util.Map;

/** The environment every service process gets. */
final class ChildEnvironment {

    /** quarkus.log.category."io.smallrye.health".level, spelled as an environment variable. */
    static final String QUIET_HEALTH_LOG = "QUARKUS_LOG_CATEGORY__IO_SMALLRYE_HEALTH__LEVEL";

    private ChildEnvironment() {
    }

    static Map<String, String> build(Map<String, String> parent, BootstrapSettings settings, PgServer server,
                                     DevSecrets secrets) {
        Map<String, String> env = new HashMap<>(parent);
        // The server this launcher just bootstrapped wins over any POSTGRES_HOST/PORT left in the shell.
        env.putAll(settings.serviceEnv(server.host(), server.port()));
        // All four ports in every child: each service listens on its own and the values stay in one place.
        for (Service service : Service.values()) env.put(service.portVariable, Integer.toString(service.port(parent)));
        env.putAll(secrets.added());
        // The launcher probes readiness four times a second while a service starts, and SmallRye Health
        // logs every DOWN answer at INFO: that would bury the lines that explain a failed start.
        env.putIfAbsent(QUIET_HEALTH_LOG, "WARN");
        return env;
    }
}
