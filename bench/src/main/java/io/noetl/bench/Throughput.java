package io.noetl.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * {@code throughput}: 2,000 executions of a 5-step no-op playbook submitted at once (64 requests in flight). Steps/s =
 * completed steps ÷ (last execution's end − first submit). Worker-run steps first (the figure of the target), then the
 * same with inline noop steps, which measures the orchestrator and the start path without the queue.
 */
final class Throughput extends Scenario {

    static final int EXECUTIONS = 2000;
    static final int STEPS = 5;
    static final int IN_FLIGHT = 64;

    Throughput() {
        super("throughput", 2, 32);
    }

    @Override
    void run(Run run) throws Exception {
        run.warmUp();
        eachMode(run, this::measure);
    }

    private Map<String, Object> measure(Run run, Playbooks.Mode mode) throws Exception {
        String path = "bench/throughput_" + mode.label();
        run.registerQuiet(Playbooks.sequence(path, STEPS, mode));
        run.log().println("throughput (" + mode.label() + "): submitting " + EXECUTIONS + " executions ...");
        CpuMeter cpu = new CpuMeter(run.platform());
        cpu.start();
        double first = Api.nowMs();
        List<Api.Started> started = submitAll(run.api(), path);
        double submitMs = Api.nowMs() - first;
        Map<String, Long> waits = Run.waitCounts();
        Map<String, Object> progress = Map.of();
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            progress = run.db().row(Sql.PROGRESS, path);
            if (((Number) progress.get("ended")).longValue() >= started.size()) break;
            run.sampleWaits(waits);
            Thread.sleep(250);
        }
        Map<String, Object> cpuSeconds = cpu.stop();
        // Timed out with nothing ended: the wall is the time waited, and the figures say so through "completed".
        double wallMs = (progress.get("last_end_ms") instanceof Number end ? end.doubleValue() : Api.nowMs()) - first;
        long steps = (long) run.db().number(Sql.COMPLETED_STEPS, path);
        List<Double> api = started.stream().map(Api.Started::apiMs).toList();

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("mode", mode.label());
        line.put("W", run.platform().workers);
        line.put("slots", run.platform().slots);
        line.put("executions", started.size());
        line.put("completed", progress.get("completed"));
        line.put("steps", steps);
        line.put("wall_ms", Math.round(wallMs));
        line.put("steps_per_s", Math.round(steps / wallMs * 1000));
        line.put("executions_per_s", Stats.round(((Number) progress.get("completed")).longValue() / wallMs * 1000));
        line.put("submit_ms", Math.round(submitMs));
        line.put("api_p50_ms", Stats.round(Stats.percentile(api, 50)));
        line.put("api_p95_ms", Stats.round(Stats.percentile(api, 95)));
        run.report().line(run.out(), "throughput", line);

        Map<String, Object> figures = new LinkedHashMap<>(line);
        figures.put("execute_api_ms", Stats.summary(api));
        figures.put("execution_wall_ms", Stats.summary(run.db().numbers(Sql.EXECUTION_WALL, path)));
        if (mode == Playbooks.Mode.WORKER) figures.put("command_phases_ms", Phases.of(run.db(), path));
        figures.put("cpu_seconds", cpuSeconds);
        figures.put("pg_active_wait_samples", waits);
        figures.put("loadavg_at_end", Machine.loadavg());
        return figures;
    }

    /** Every start sent at once, at most IN_FLIGHT requests open; failed starts are counted, not retried. */
    private static List<Api.Started> submitAll(Api api, String path) throws InterruptedException {
        Semaphore open = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Api.Started>> futures = new ArrayList<>();
        for (int i = 0; i < EXECUTIONS; i++) {
            open.acquire();
            futures.add(api.executeAsync(path).whenComplete((s, e) -> open.release()));
        }
        List<Api.Started> ok = new ArrayList<>();
        for (CompletableFuture<Api.Started> f : futures) {
            try {
                ok.add(f.join());
            } catch (RuntimeException e) {
                System.err.println("a start failed: " + e.getMessage());
            }
        }
        return ok;
    }
}
