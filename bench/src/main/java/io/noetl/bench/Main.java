package io.noetl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code java -jar bench/target/noetl-bench.jar <scenario> [--workers N] [--slots N] [--no-warmup]}, run from the
 * repository root (bench/run.sh does that): starts a fresh platform, runs the scenario, prints its summary lines,
 * writes bench/results/&lt;scenario&gt;.json and stops everything. Exit 2 on a usage error, 1 when the platform or the
 * scenario broke; figures never change the exit code.
 */
public final class Main {

    static final List<Scenario> SCENARIOS = List.of(new Throughput(), new Sequential40(), new Dispatch(), new Fanout(), new Idle());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("standalone/target/noetl-standalone.jar"))) {
            System.err.println("run from the repository root after building (bench/run.sh does both)");
            System.exit(2);
        }
        Scenario scenario = SCENARIOS.stream().filter(s -> s.name().equals(o.scenario())).findFirst().orElseThrow();
        int workers = o.workers() > 0 ? o.workers() : scenario.defaultWorkers();
        int slots = o.slots() > 0 ? o.slots() : scenario.defaultSlots();
        Report report = new Report(scenario.name());
        report.put("recorded_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("machine", Machine.describe());
        report.put("workers", workers);
        report.put("slots_per_worker", slots);
        report.put("warmup", o.warmup());
        try (Platform platform = Platform.start(root, workers, slots, System.err)) {
            Thread hook = new Thread(() -> closeQuietly(platform));
            Runtime.getRuntime().addShutdownHook(hook);
            scenario.run(new Run(platform, new Api(platform.catalogUrl(), platform.executionUrl()), report, System.out,
                    System.err, o.warmup()));
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        System.err.println("figures written to " + root.relativize(report.write(root.resolve("bench/results"))));
    }

    private static void closeQuietly(Platform platform) {
        try {
            platform.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
