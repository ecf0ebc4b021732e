package io.noetl.bench;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a scenario works with, and the waits every scenario needs. Progress goes to {@code log}, summaries to {@code out}. */
record Run(Platform platform, Api api, Report report, PrintStream out, PrintStream log, boolean warmup) {

    private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELLED");

    Db db() {
        return platform.db();
    }

    /**
     * Before measuring, 20 executions of a 5-step worker playbook, so the services' JIT has compiled the hot paths
     * and the connection pools are open: the figures describe a warm platform, as in production.
     */
    void warmUp() throws Exception {
        if (!warmup) return;
        String path = "bench/warmup";
        api.register(Playbooks.sequence(path, 5, Playbooks.Mode.WORKER));
        log.println("warming up: 20 executions of a 5-step playbook ...");
        List<java.util.concurrent.CompletableFuture<Api.Started>> starts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) starts.add(api.executeAsync(path));
        starts.forEach(java.util.concurrent.CompletableFuture::join);
        db().awaitQuiet(Duration.ofMinutes(5));
    }

    /** Registers a playbook and waits until the platform is quiet again, so measuring starts from rest. */
    void registerQuiet(String yaml) throws Exception {
        api.register(yaml);
        db().awaitQuiet(Duration.ofMinutes(2));
    }

    /** Polls one execution every {@code pollMs} until it ends; returns its status. */
    String awaitEnd(long executionId, long pollMs, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String status = status(executionId);
            if (ended(status)) return status;
            Thread.sleep(pollMs);
        }
        return "TIMED_OUT";
    }

    String status(long executionId) throws SQLException {
        Object status = db().row(Sql.STATUS, executionId).get("status");
        return status == null ? "UNKNOWN" : status.toString();
    }

    static boolean ended(String status) {
        return TERMINAL.contains(status);
    }

    /** Adds one sample of what PostgreSQL's active sessions wait for to {@code counts}. */
    void sampleWaits(Map<String, Long> counts) throws SQLException {
        for (Map<String, Object> r : db().rows(Sql.WAITS)) {
            counts.merge(r.get("wait").toString(), ((Number) r.get("n")).longValue(), Long::sum);
        }
    }

    static Map<String, Long> waitCounts() {
        return new TreeMap<>();
    }
}
