package io.noetl.standalone;

import java.nio.file.Path;
import java.util.Map;

/**
 * The four services the launcher runs, each a packaged Quarkus app. The port variables are the ones the
 * services' application.properties read, so one value serves the child and the launcher's health checks.
 */
enum Service {
    CATALOG("catalog-service", "catalog_api", "NOETL_CATALOG_PORT", 8081),
    EXECUTION("execution-service", "execution_api", "NOETL_EXECUTION_PORT", 8082),
    WORKER("worker-service", "worker_pool", "NOETL_WORKER_PORT", 8083),
    SCHEDULER("scheduler-service", "scheduler", "NOETL_SCHEDULER_PORT", 8084);

    /** Folder in the repository and the name in logs and the banner. */
    final String folder;
    /** Its kind in the runtime registry (noetl.runtime.kind). */
    final String kind;
    final String portVariable;
    final int defaultPort;

    Service(String folder, String kind, String portVariable, int defaultPort) {
        this.folder = folder;
        this.kind = kind;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
    }

    /** The port from the user's environment, else the default. */
    int port(Map<String, String> env) {
        String value = env.get(portVariable);
        if (value == null || value.isBlank()) return defaultPort;
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) return port;
        } catch (NumberFormatException ignored) {
            // reported below like an out-of-range number
        }
        throw new IllegalStateException(portVariable + " must be a TCP port (1-65535), not '" + value + "'");
    }

    String baseUrl(Map<String, String> env) {
        return "http://localhost:" + port(env);
    }

    Path jar(Path repoRoot) {
        return repoRoot.resolve(folder).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
