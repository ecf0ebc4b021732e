package io.noetl.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fanout}: one execution whose single step loops in parallel over 10,000 items, at most 64 in flight, each
 * iteration a worker-run no-op. Iterations/s = items ÷ (execution start → loop.done event).
 */
final class Fanout extends Scenario {

    static final int ITEMS = 10_000;
    static final int MAX_IN_FLIGHT = 64;

    Fanout() {
        super("fanout", 2, 32);
    }

    @Override
    void run(Run run) throws Exception {
        run.warmUp();
        String path = "bench/fanout";
        run.registerQuiet(Playbooks.fanout(path, ITEMS, MAX_IN_FLIGHT));
        run.log().println("fanout: one loop over " + ITEMS + " items, max_in_flight " + MAX_IN_FLIGHT + " ...");
        CpuMeter cpu = new CpuMeter(run.platform());
        cpu.start();
        Map<String, Long> waits = Run.waitCounts();
        Api.Started s = run.api().execute(path);
        String status = "TIMED_OUT";
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            status = run.status(s.executionId());
            if (Run.ended(status)) break;
            run.sampleWaits(waits);
            Thread.sleep(250);
        }
        Map<String, Object> cpuSeconds = cpu.stop();
        double loopDoneMs = run.db().number(Sql.LOOP_DONE, s.executionId());
        Map<String, List<Double>> phases = Phases.samples(run.db(), path);
        int iterations = phases.get("cycle_ms").size();

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("W", run.platform().workers);
        line.put("slots", run.platform().slots);
        line.put("items", ITEMS);
        line.put("max_in_flight", MAX_IN_FLIGHT);
        line.put("status", status);
        line.put("iterations_completed", iterations);
        line.put("loop_done_ms", Math.round(loopDoneMs));
        line.put("iterations_per_s", Math.round(iterations / loopDoneMs * 1000));
        line.put("cycle_p50_ms", Stats.round(Stats.percentile(phases.get("cycle_ms"), 50)));
        line.put("queue_p50_ms", Stats.round(Stats.percentile(phases.get("queue_ms"), 50)));
        run.report().line(run.out(), "fanout", line);
        run.report().put("figures", line);
        run.report().put("command_phases_ms", Phases.summarize(phases));
        run.report().put("cpu_seconds", cpuSeconds);
        run.report().put("pg_active_wait_samples", waits);
        run.report().put("loadavg_at_end", Machine.loadavg());
    }
}
