package io.noetl.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code idle}: the platform with 2 workers and no work for 60 s, then with 1 worker for another 60 s. Queries/s are
 * the platform database's transactions (commits + rollbacks in pg_stat_database): every polling and heartbeat
 * statement runs on its own, so each counts once. The difference of the two windows is what one idle worker costs.
 */
final class Idle extends Scenario {

    static final Duration WINDOW = Duration.ofSeconds(60);
    static final Duration SETTLE = Duration.ofSeconds(20);

    Idle() {
        super("idle", 2, 4);
    }

    @Override
    void run(Run run) throws Exception {
        // No warm-up: an idle platform is the point. The settle time lets the workers' polling back off.
        Thread.sleep(SETTLE.toMillis());
        int workers = run.platform().workers;
        Map<String, Object> full = window(run, workers);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("W", workers);
        line.put("window_s", WINDOW.toSeconds());
        line.put("queries_per_s", full.get("queries_per_s"));
        Map<String, Object> windows = new LinkedHashMap<>();
        windows.put("W" + workers, full);
        if (workers > 1) {
            run.log().println("idle: stopping one worker for the second window ...");
            run.platform().stopOneExtraWorker();
            Thread.sleep(SETTLE.toMillis());
            Map<String, Object> fewer = window(run, workers - 1);
            windows.put("W" + (workers - 1), fewer);
            line.put("queries_per_s_with_W" + (workers - 1), fewer.get("queries_per_s"));
            line.put("per_idle_worker_queries_per_s", Stats.round((Double) full.get("queries_per_s") - (Double) fewer.get("queries_per_s")));
        }
        run.report().line(run.out(), "idle", line);
        run.report().put("figures", line);
        run.report().put("windows", windows);
    }

    private static Map<String, Object> window(Run run, int workers) throws SQLException, InterruptedException {
        run.log().println("idle: measuring " + WINDOW.toSeconds() + " s with W=" + workers + " ...");
        CpuMeter cpu = new CpuMeter(run.platform());
        Map<String, Object> before = run.db().row(Sql.DB_COUNTERS);
        cpu.start();
        Thread.sleep(WINDOW.toMillis());
        Map<String, Object> after = run.db().row(Sql.DB_COUNTERS);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("workers", workers);
        for (String k : before.keySet()) {
            // Minus the benchmark's own reading of the counters (one transaction).
            long delta = ((Number) after.get(k)).longValue() - ((Number) before.get(k)).longValue() - ("xacts".equals(k) ? 1 : 0);
            w.put(k, delta);
        }
        w.put("queries_per_s", Stats.round((Long) w.get("xacts") / (double) WINDOW.toSeconds()));
        w.put("cpu_seconds", cpu.stop());
        return w;
    }
}
