package io.noetl.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU seconds each process group used between two snapshots: on two shared cores this shows who the bottleneck is
 * (the orchestrator, the workers or PostgreSQL). PostgreSQL backends that exit in between are not counted.
 */
final class CpuMeter {

    private final Platform platform;
    private Map<String, Double> start;

    CpuMeter(Platform platform) {
        this.platform = platform;
    }

    void start() {
        start = snapshot();
    }

    /** Seconds per group since {@link #start()}, one decimal. */
    Map<String, Object> stop() {
        Map<String, Object> used = new TreeMap<>();
        snapshot().forEach((name, s) -> used.put(name, Stats.round(s - start.getOrDefault(name, 0.0))));
        return used;
    }

    private Map<String, Double> snapshot() {
        Map<String, Double> seconds = new TreeMap<>();
        for (Map.Entry<String, List<ProcessHandle>> e : platform.processes().entrySet()) {
            double sum = 0;
            for (ProcessHandle h : e.getValue()) sum += h.info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1000.0;
            seconds.put(e.getKey(), sum);
        }
        return seconds;
    }
}
