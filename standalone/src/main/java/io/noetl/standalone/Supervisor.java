package io.noetl.standalone;

import io.noetl.bootstrap.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Owns what the launcher started: the embedded PostgreSQL and the service processes. Starting and stopping
 * take the same lock, so a Ctrl-C in the middle of startup waits for the step in progress and then undoes
 * it: no PostgreSQL or service is left behind.
 */
final class Supervisor {

    /** How long services get to deregister and drain after SIGTERM before they are killed. */
    static final Duration GRACE = Duration.ofSeconds(15);

    private final List<ServiceProcess> children = new CopyOnWriteArrayList<>();
    private final PrintStream out;
    private EmbeddedPostgresServer postgres;
    private volatile boolean stopping;
    private boolean stopped;

    Supervisor(PrintStream out) {
        this.out = out;
    }

    synchronized EmbeddedPostgresServer startPostgres(Path pgdata, int port) {
        if (stopping) throw new IllegalStateException("stopping");
        postgres = EmbeddedPostgresServer.start(pgdata, port);
        return postgres;
    }

    synchronized ServiceProcess startService(Service service, Path repoRoot, Map<String, String> env, Path log)
            throws IOException {
        if (stopping) throw new IllegalStateException("stopping");
        ServiceProcess child = ServiceProcess.start(service, repoRoot, env, log);
        children.add(child);
        return child;
    }

    List<ServiceProcess> children() {
        return List.copyOf(children);
    }

    boolean stopping() {
        return stopping;
    }

    /**
     * Reports a service that dies while the others run, and leaves the others running: a crash of one
     * service is worth investigating with the rest still up. The short delay lets a Ctrl-C, which the
     * terminal also sends to the services, mark the launcher as stopping before anything is reported.
     */
    void reportDeaths() {
        for (ServiceProcess child : children) {
            child.onExit().thenRunAsync(() -> {
                if (stopping) return;
                out.printf("%n%s (pid %d) exited with code %d; the other services keep running. Its log: %s%n",
                        child.service().folder, child.pid(), child.exitCode(), child.log());
            }, CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
        }
    }

    /** SIGTERM to every service, SIGKILL to what survives the grace period, then PostgreSQL. Idempotent. */
    void stopAll() {
        stopping = true;   // at once, so the main thread's startup steps see it before the lock is free
        synchronized (this) {
            if (stopped) return;
            stopped = true;   // first, so a failure below is not retried by the shutdown hook
            stopInOrder();
        }
    }

    private void stopInOrder() {
        if (children.isEmpty() && postgres == null) return;   // failed before starting anything
        if (!children.isEmpty()) out.println("\nStopping the services (up to " + GRACE.toSeconds() + " s) ...");
        children.forEach(ServiceProcess::stop);
        long deadline = System.nanoTime() + GRACE.toNanos();
        try {
            for (ServiceProcess child : children) child.awaitExit(Duration.ofNanos(deadline - System.nanoTime()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // stop waiting; the survivors are killed below
        }
        int killed = killAll();
        if (killed > 0) out.println("Killed " + killed + " process(es) that had not stopped.");
        if (postgres != null) {
            out.println("Stopping PostgreSQL ...");
            try {
                postgres.close();   // pg_ctl stop -m fast: returns once the server is gone
            } catch (RuntimeException e) {
                out.println("Could not stop PostgreSQL (" + e.getMessage() + "); the next start names its pid.");
            }
        }
        out.println("Stopped.");
    }

    /** SIGKILL to every service and its process tree, without waiting (a second Ctrl-C). */
    int killAll() {
        return children.stream().mapToInt(ServiceProcess::killSurvivors).sum();
    }
}
