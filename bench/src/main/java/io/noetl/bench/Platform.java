package io.noetl.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The platform under test: `./noetl standalone` (embedded PostgreSQL, the four services as separate JVMs) on a fresh
 * temporary data folder and free ports, plus W-1 extra worker processes so that W workers lease from the queue.
 * Closing it stops the extra workers and the launcher with SIGTERM (the launcher stops its services and PostgreSQL),
 * then kills whatever is left, so a benchmark leaves no process behind.
 */
final class Platform implements AutoCloseable {

    private static final String[] PORT_VARIABLES =
            {"NOETL_CATALOG_PORT", "NOETL_EXECUTION_PORT", "NOETL_WORKER_PORT", "NOETL_SCHEDULER_PORT"};

    final Path root;
    final Path work;
    final int workers;
    final int slots;
    final int pgPort;
    final Map<String, String> env = new HashMap<>(System.getenv());
    private final PrintStream log;
    private final List<Process> extraWorkers = new ArrayList<>();
    private Process launcher;
    private Db db;

    private Platform(Path root, int workers, int slots, PrintStream log) throws IOException {
        this.root = root;
        this.workers = workers;
        this.slots = slots;
        this.log = log;
        this.work = Files.createTempDirectory("noetl-bench-");
        this.pgPort = Ports.free();
        for (String variable : PORT_VARIABLES) env.put(variable, Integer.toString(Ports.free()));
        env.put("NOETL_WORKER_SLOTS", Integer.toString(slots));
    }

    /** Starts everything and returns once W workers are ready and the launcher's example runs have ended. */
    static Platform start(Path root, int workers, int slots, PrintStream log) throws Exception {
        Platform p = new Platform(root, workers, slots, log);
        try {
            p.startLauncher();
            p.db = Db.connect(p.pgPort, p.env);
            for (int i = 2; i <= workers; i++) p.startExtraWorker(i);
            p.db.awaitReadyWorkers(workers, Duration.ofSeconds(180));
            p.db.awaitQuiet(Duration.ofSeconds(60));
            return p;
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
    }

    Db db() {
        return db;
    }

    String executionUrl() {
        return "http://localhost:" + env.get("NOETL_EXECUTION_PORT");
    }

    String catalogUrl() {
        return "http://localhost:" + env.get("NOETL_CATALOG_PORT");
    }

    Path data() {
        return work.resolve("data");
    }

    private void startLauncher() throws Exception {
        Path out = work.resolve("launcher.out");
        log.println("starting ./noetl standalone (data in " + data() + ", PostgreSQL on " + pgPort + ", W=" + workers
                + ", slots=" + slots + ") ...");
        ProcessBuilder b = new ProcessBuilder(java(), "-jar", root.resolve("standalone/target/noetl-standalone.jar").toString(),
                "standalone", "--fresh", "--data-dir", data().toString(), "--pg-port", Integer.toString(pgPort))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        b.environment().clear();
        b.environment().putAll(env);
        launcher = b.start();
        LauncherOutput output = new LauncherOutput(out, launcher);
        output.await("Press Ctrl-C", Duration.ofSeconds(240));
        // The launcher then registers the examples and runs two; wait for them so they do not overlap a measurement.
        output.awaitAny(List.of("examples/hello_world (execution", "could not register"), Duration.ofSeconds(90));
    }

    /** Worker number {@code n}: the launcher's environment for services, with its own port and log file. */
    private void startExtraWorker(int n) throws IOException {
        Map<String, String> child = new HashMap<>(env);
        child.putAll(db.serviceEnv());
        child.put("NOETL_WORKER_PORT", Integer.toString(Ports.free()));
        child.put("NOETL_ENCRYPTION_KEY", secret("dev-encryption-key", "NOETL_ENCRYPTION_KEY"));
        child.put("NOETL_INTERNAL_TOKEN", secret("dev-internal-token", "NOETL_INTERNAL_TOKEN"));
        child.putIfAbsent("QUARKUS_LOG_CATEGORY__IO_SMALLRYE_HEALTH__LEVEL", "WARN");
        ProcessBuilder b = new ProcessBuilder(java(), "-jar", root.resolve("worker-service/target/quarkus-app/quarkus-run.jar").toString())
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data().resolve("logs/worker-service-" + n + ".log").toFile()));
        b.environment().clear();
        b.environment().putAll(child);
        extraWorkers.add(b.start());
    }

    /** The user's value, else the development one the launcher keeps in the data folder. */
    private String secret(String file, String variable) throws IOException {
        String own = env.get(variable);
        return own != null && !own.isBlank() ? own : Files.readString(data().resolve(file)).trim();
    }

    /** Stops the most recently started extra worker (the idle scenario compares W=2 with W=1). */
    void stopOneExtraWorker() throws InterruptedException {
        if (extraWorkers.isEmpty()) return;
        stop(extraWorkers.remove(extraWorkers.size() - 1), Duration.ofSeconds(30));
    }

    /** The processes to account CPU time to, by name: each service, extra workers, PostgreSQL, this driver. */
    Map<String, List<ProcessHandle>> processes() {
        Map<String, List<ProcessHandle>> p = new HashMap<>();
        if (launcher != null) launcher.children().forEach(c -> p.computeIfAbsent(serviceName(c), k -> new ArrayList<>()).add(c));
        for (int i = 0; i < extraWorkers.size(); i++) p.put("worker-" + (i + 2), List.of(extraWorkers.get(i).toHandle()));
        postmaster().ifPresent(pm -> p.put("postgres", Stream.concat(Stream.of(pm), pm.descendants()).toList()));
        p.put("bench", List.of(ProcessHandle.current()));
        return p;
    }

    private static String serviceName(ProcessHandle h) {
        String args = String.join(" ", h.info().arguments().orElse(new String[0]));
        for (String s : List.of("catalog", "execution", "worker", "scheduler")) {
            if (args.contains(s + "-service/target")) return s;
        }
        return "other";
    }

    private java.util.Optional<ProcessHandle> postmaster() {
        try {
            Path pid = data().resolve("pgdata/postmaster.pid");
            if (!Files.isRegularFile(pid)) return java.util.Optional.empty();
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Idempotent: the normal end and the shutdown hook (Ctrl-C, SIGTERM) may both call it. */
    @Override
    public void close() throws InterruptedException {
        if (!closed.compareAndSet(false, true)) return;
        log.println("stopping the platform ...");
        if (db != null) db.close();
        while (!extraWorkers.isEmpty()) stopOneExtraWorker();
        java.util.Optional<ProcessHandle> postgres = postmaster();
        if (launcher != null) stop(launcher, Duration.ofSeconds(60));
        // The launcher stops PostgreSQL itself; only if it could not (killed above) is the server stopped here.
        postgres.filter(ProcessHandle::isAlive).ifPresent(pm -> {
            pm.destroy();
            pm.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
        });
        if (System.getenv("BENCH_KEEP") == null) deleteWork();
        else log.println("kept " + work + " (BENCH_KEEP is set)");
    }

    /** SIGTERM, a grace period, then SIGKILL to it and anything it started. */
    private static void stop(Process process, Duration grace) throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) process.destroyForcibly();
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void deleteWork() {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            log.println("could not delete " + work + ": " + e.getMessage());
        }
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
