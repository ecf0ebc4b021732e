package io.noetl.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dispatch}: 500 one-step executions (one worker-run no-op step), started one at a time on an otherwise idle
 * platform; the next starts after the previous ended and a 50 ms pause. Dispatch latency = command.issued event →
 * command RUNNING (the target's figure); start latency = the client sending the start → command RUNNING; and the
 * execute API's round trip.
 */
final class Dispatch extends Scenario {

    static final int RUNS = 500;
    static final long PAUSE_MS = 50;

    Dispatch() {
        super("dispatch", 1, 4);
    }

    @Override
    void run(Run run) throws Exception {
        run.warmUp();
        String path = "bench/dispatch_one";
        run.registerQuiet(Playbooks.sequence(path, 1, Playbooks.Mode.WORKER));
        Thread.sleep(2000);
        run.log().println("dispatch: " + RUNS + " executions, one at a time ...");
        Map<Long, Api.Started> starts = new HashMap<>();
        long completed = 0;
        for (int i = 0; i < RUNS; i++) {
            Api.Started s = run.api().execute(path);
            starts.put(s.executionId(), s);
            if ("COMPLETED".equals(run.awaitEnd(s.executionId(), 5, Duration.ofSeconds(60)))) completed++;
            Thread.sleep(PAUSE_MS);
        }
        List<Double> issueToRunning = new ArrayList<>();
        List<Double> issueToLeased = new ArrayList<>();
        List<Double> startToRunning = new ArrayList<>();
        for (Map<String, Object> r : run.db().rows(Sql.DISPATCH, path)) {
            Api.Started s = starts.get(((Number) r.get("execution_id")).longValue());
            if (s == null || !(r.get("started_ms") instanceof Number started)) continue;
            double issued = ((Number) r.get("issued_ms")).doubleValue();
            issueToRunning.add(started.doubleValue() - issued);
            issueToLeased.add(((Number) r.get("leased_ms")).doubleValue() - issued);
            startToRunning.add(started.doubleValue() - s.sentAtMs());
        }
        List<Double> api = starts.values().stream().map(Api.Started::apiMs).toList();

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("W", run.platform().workers);
        line.put("slots", run.platform().slots);
        line.put("runs", RUNS);
        line.put("completed", completed);
        putPercentiles(line, "", issueToRunning);
        putPercentiles(line, "start_", startToRunning);
        putPercentiles(line, "api_", api);
        run.report().line(run.out(), "dispatch", line);
        run.report().put("figures", line);
        run.report().put("issue_to_running_ms", Stats.summary(issueToRunning));
        run.report().put("issue_to_leased_ms", Stats.summary(issueToLeased));
        run.report().put("start_to_running_ms", Stats.summary(startToRunning));
        run.report().put("execute_api_ms", Stats.summary(api));
        run.report().put("issue_to_running_ms_raw", issueToRunning.stream().map(Stats::round).toList());
    }

    private static void putPercentiles(Map<String, Object> line, String prefix, List<Double> samples) {
        for (int p : new int[] {50, 95, 99}) line.put(prefix + "p" + p + "_ms", Stats.round(Stats.percentile(samples, p)));
    }
}
