package io.noetl.standalone;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service as a child JVM ({@code java -jar quarkus-run.jar}), its output appended to its log file. */
final class ServiceProcess {

    /** The most of this run's log a tail reads, so a chatty service cannot make a failure slow to report. */
    private static final int TAIL_WINDOW = 64 * 1024;

    private final Service service;
    private final Process process;
    private final Path log;
    private final long logStart;
    private volatile List<ProcessHandle> descendants = List.of();

    private ServiceProcess(Service service, Process process, Path log, long logStart) {
        this.service = service;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    static ServiceProcess start(Service service, Path repoRoot, Map<String, String> env, Path log) throws IOException {
        // A marker line, and the offset after it, so that a tail shows this run only (the log is appended to).
        Files.writeString(log, "---- " + OffsetDateTime.now() + " started by ./noetl standalone ----\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        long logStart = Files.size(log);
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", service.jar(repoRoot).toString())
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(env);
        return new ServiceProcess(service, builder.start(), log, logStart);
    }

    /** The JVM running the launcher, so the services run on the same Java; "java" from PATH otherwise. */
    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    Service service() {
        return service;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** SIGTERM: Quarkus deregisters from the runtime registry and drains. Remembers the process tree first. */
    void stop() {
        descendants = process.descendants().toList();
        process.destroy();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }

    /**
     * SIGKILL to the service if it is still alive and to every process it had started (a tool's
     * subprocess outlives its parent otherwise). Returns how many processes were killed.
     */
    int killSurvivors() {
        List<ProcessHandle> targets = new ArrayList<>(descendants);
        targets.addAll(process.descendants().toList());
        targets.add(process.toHandle());
        int killed = 0;
        for (ProcessHandle p : targets) {
            if (p.isAlive() && p.destroyForcibly()) killed++;
        }
        return killed;
    }

    /** The last {@code lines} lines this run wrote to the log. */
    List<String> tail(int lines) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(logStart, file.length() - TAIL_WINDOW);
            byte[] bytes = new byte[(int) Math.max(0, file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        }
    }
}
