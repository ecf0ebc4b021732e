package io.noetl.bench;

/** The command line: one scenario name and optional W, slots and warm-up switches. */
record Options(String scenario, int workers, int slots, boolean warmup) {

    static final String USAGE = """
            usage: bench/run.sh <scenario> [--workers N] [--slots N] [--no-warmup]
              scenarios: throughput, sequential40, dispatch, fanout, idle (spec performance.md)
              --workers N   worker processes (default per scenario, see bench/README.md)
              --slots N     commands each worker runs at once (NOETL_WORKER_SLOTS)
              --no-warmup   measure from a cold start (default: 20 warm-up executions first)""";

    static Options parse(String[] args) {
        String scenario = null;
        int workers = 0;
        int slots = 0;
        boolean warmup = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workers" -> workers = positive(args, ++i);
                case "--slots" -> slots = positive(args, ++i);
                case "--no-warmup" -> warmup = false;
                default -> {
                    if (scenario != null || args[i].startsWith("-")) throw new IllegalArgumentException("unexpected '" + args[i] + "'");
                    scenario = args[i];
                }
            }
        }
        String name = scenario;
        if (name == null || Main.SCENARIOS.stream().noneMatch(s -> s.name().equals(name))) {
            throw new IllegalArgumentException(name == null ? "no scenario given" : "unknown scenario '" + name + "'");
        }
        return new Options(name, workers, slots, warmup);
    }

    private static int positive(String[] args, int i) {
        try {
            int n = Integer.parseInt(args[i]);
            if (n > 0) return n;
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(args[i - 1] + " needs a positive whole number");
    }
}
