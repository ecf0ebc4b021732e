package io.noetl.execution.engine;

/** The limits of dsl.md the orchestrator enforces, from configuration. */
public record EngineLimits(int stepRuns, int maxAttempts, int ctxBytes) {

    /** Loop sizes of dsl.md §8: collected results up to 10,000 items, any loop up to 100,000. */
    static final int LOOP_COLLECT_MAX = 10_000;
    static final int LOOP_MAX = 100_000;
    static final int MAX_IN_FLIGHT_DEFAULT = 10;
    static final int MAX_IN_FLIGHT_MAX = 1_000;
}
