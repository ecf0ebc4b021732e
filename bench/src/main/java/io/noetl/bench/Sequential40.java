package io.noetl.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sequential40}: one 40-step sequential no-op playbook run 20 times, one after the other. Worker-run steps: wall
 * time per execution from the database (start transaction → end transaction) and step latency = one command's cycle
 * (issuing transaction → the transaction that records its result and issues the next step; the cycles add up to the
 * wall). Inline steps: the whole execution runs inside the start request, so its wall is the client's round trip.
 */
final class Sequential40 extends Scenario {

    static final int STEPS = 40;
    static final int RUNS = 20;

    Sequential40() {
        super("sequential40", 1, 4);
    }

    @Override
    void run(Run run) throws Exception {
        run.warmUp();
        eachMode(run, this::measure);
    }

    private Map<String, Object> measure(Run run, Playbooks.Mode mode) throws Exception {
        String path = "bench/sequential40_" + mode.label();
        run.registerQuiet(Playbooks.sequence(path, STEPS, mode));
        run.log().println("sequential40 (" + mode.label() + "): " + RUNS + " runs ...");
        List<Double> clientWall = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Api.Started s = run.api().execute(path);
            statuses.add(run.awaitEnd(s.executionId(), 5, Duration.ofMinutes(2)));
            clientWall.add(Api.nowMs() - s.sentAtMs());
        }
        boolean worker = mode == Playbooks.Mode.WORKER;
        List<Double> wall = worker ? run.db().numbers(Sql.EXECUTION_WALL, path) : clientWall;
        Map<String, List<Double>> phases = worker ? Phases.samples(run.db(), path) : Map.of();
        List<Double> steps = phases.getOrDefault("cycle_ms", List.of());
        double wallMs = Stats.percentile(wall, 50);

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("mode", mode.label());
        line.put("W", run.platform().workers);
        line.put("slots", run.platform().slots);
        line.put("steps", STEPS);
        line.put("runs", RUNS);
        line.put("completed", statuses.stream().filter("COMPLETED"::equals).count());
        line.put("wall_ms", Stats.round(wallMs));
        line.put("ms_per_step", Stats.round(wallMs / STEPS));
        line.put("p50_step_ms", Stats.round(Stats.percentile(steps, 50)));
        line.put("p95_step_ms", Stats.round(Stats.percentile(steps, 95)));
        if (worker) {
            line.put("queue_p50_ms", Stats.round(Stats.percentile(phases.get("queue_ms"), 50)));
            line.put("run_report_p50_ms", Stats.round(Stats.percentile(phases.get("run_report_ms"), 50)));
        }
        run.report().line(run.out(), "sequential40", line);

        Map<String, Object> figures = new LinkedHashMap<>(line);
        figures.put("wall_ms_per_run", wall.stream().map(Stats::round).toList());
        figures.put("wall_ms_summary", Stats.summary(wall));
        figures.put("client_wall_ms_per_run", clientWall.stream().map(Stats::round).toList());
        if (worker) figures.put("command_phases_ms", Phases.summarize(phases));
        return figures;
    }
}
