package io.noetl.standalone;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.DatabaseBootstrap;
import io.noetl.bootstrap.PgServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** `noetl standalone`: PostgreSQL, bootstrap, the four services, readiness, the banner, then the foreground. */
final class Launcher {

    static final int TAIL_LINES = 40;

    private final LauncherOptions options;
    private final Path repoRoot;
    private final Map<String, String> env;
    private final PrintStream out;
    private final Supervisor supervisor;

    Launcher(LauncherOptions options, Path repoRoot, Map<String, String> env, PrintStream out) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.env = env;
        this.out = out;
        this.supervisor = new Supervisor(out);
    }

    /** Returns the exit code; while running, only a signal (handled by {@link StopSignals}) ends it. */
    int run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        DataDirectory dir = new DataDirectory(options.dataDir());
        Preflight.check(options, repoRoot, env, dir);
        if (options.fresh()) {
            out.println("--fresh: deleting " + dir.root());
            dir.wipe();
        }
        dir.createFolders();
        StopSignals.install(supervisor, out);
        BootstrapSettings settings = BootstrapSettings.fromEnv(env);
        PgServer server = startDatabase(dir, settings);
        DevSecrets secrets = DevSecrets.resolve(env, dir);
        Map<String, String> childEnv = ChildEnvironment.build(env, settings, server, secrets);
        announce(secrets, dir);
        out.println("Starting the services (logs in " + dir.logs() + ") ...");
        for (Service service : Service.values()) supervisor.startService(service, repoRoot, childEnv, dir.log(service));
        List<RegistryRow> registry;
        try {
            registry = new ReadinessWaiter(supervisor.children(), childEnv, server, settings, out, supervisor::stopping)
                    .await();
        } catch (StartupFailed e) {
            return failed(e);
        }
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        out.print(Banner.render(childEnv, settings, server, options.embedded(), dir, registry, startup));
        afterReady(urls(childEnv), server, settings);
        supervisor.reportDeaths();
        CompletableFuture.allOf(supervisor.children().stream().map(ServiceProcess::onExit)
                .toArray(CompletableFuture[]::new)).join();
        awaitSignalExitIfStopping();
        out.println("All services have exited; stopping.");
        supervisor.stopAll();
        return 1;
    }

    /**
     * Called once the platform is ready and the banner is printed: registers the example playbooks and the
     * pg_demo workspace credential, then runs examples/welcome and examples/hello_world and prints their results.
     */
    void afterReady(Map<Service, String> serviceUrls, PgServer server, BootstrapSettings settings) {
        new ExampleSetup(serviceUrls.get(Service.CATALOG), serviceUrls.get(Service.EXECUTION), out)
                .run(repoRoot.resolve("examples"), server, settings);
    }

    /** Stops what was started; called by {@link Main} when a step fails with an exception. */
    void abort() {
        supervisor.stopAll();
    }

    /** While a signal handler stops the platform, it also ends the JVM with its own exit code. */
    void awaitSignalExitIfStopping() throws InterruptedException {
        if (supervisor.stopping()) Thread.currentThread().join();
    }

    private PgServer startDatabase(DataDirectory dir, BootstrapSettings settings) {
        PgServer server;
        if (options.embedded()) {
            out.println("Starting PostgreSQL on port " + options.pgPort() + " (data in " + dir.pgdata() + ") ...");
            server = supervisor.startPostgres(dir.pgdata(), options.pgPort()).server();
        } else {
            server = options.externalServer();
            out.println("Using the PostgreSQL server at " + server.host() + ":" + server.port()
                    + " as " + server.superuser() + " ...");
        }
        out.println("Bootstrapping the databases " + settings.noetlDb() + " and " + settings.demoDb() + " ...");
        DatabaseBootstrap.run(server, settings);
        return server;
    }

    private void announce(DevSecrets secrets, DataDirectory dir) {
        if (secrets.added().containsKey(DevSecrets.KEY_VARIABLE)) {
            out.println("Development " + DevSecrets.KEY_VARIABLE + " set for these service processes only (kept in "
                    + dir.encryptionKeyFile() + "; set your own in the environment for real data).");
        }
        if (secrets.added().containsKey(DevSecrets.TOKEN_VARIABLE)) {
            out.println("Development " + DevSecrets.TOKEN_VARIABLE + " set for these service processes only (kept in "
                    + dir.internalTokenFile() + ").");
        }
    }

    private int failed(StartupFailed e) throws IOException, InterruptedException {
        // A Ctrl-C reaches the services too: give its handler a moment to mark the stop before calling an
        // exited service a failure.
        Thread.sleep(300);
        awaitSignalExitIfStopping();
        System.err.println("\nStartup failed: " + e.getMessage());
        for (ServiceProcess suspect : e.suspects()) {
            System.err.println("---- last " + TAIL_LINES + " lines of " + suspect.log() + " ----");
            suspect.tail(TAIL_LINES).forEach(System.err::println);
        }
        supervisor.stopAll();
        return 1;
    }

    private static Map<Service, String> urls(Map<String, String> env) {
        Map<Service, String> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) urls.put(service, service.baseUrl(env));
        return urls;
    }
}
