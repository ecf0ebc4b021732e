package io.noetl.execution.engine;

import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.model.Step;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the orchestrator reads and changes for one execution in one transaction (taken under the
 * execution row lock): the execution's fields, one {@link StepRow} per workflow step, and the {@link Effects}
 * decided so far. Status moves forward only; {@code failure} is the first unhandled failure.
 */
public final class RunState {

    public static final String PENDING = "PENDING";
    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    public final long executionId;
    public final long catalogId;
    public final Long parentExecutionId;
    public final long rootExecutionId;
    public final Playbook playbook;
    public final StepGraph graph;
    public final Map<String, Object> workload;
    public Map<String, Object> ctx;
    public String status;
    public Object result;
    public Map<String, Object> failure;
    public boolean cancelRequested;
    public boolean executionDirty;
    public final Map<String, StepRow> steps = new LinkedHashMap<>();
    /** Commands LEASED or RUNNING per step: runs that cannot be cancelled without their worker's answer. */
    public final Map<String, Integer> runningCommands = new LinkedHashMap<>();
    public final Effects effects = new Effects();
    private Instant clock = Instant.now();

    public RunState(long executionId, long catalogId, Long parentExecutionId, long rootExecutionId, Playbook playbook,
            Map<String, Object> workload, Map<String, Object> ctx, String status) {
        this.executionId = executionId;
        this.catalogId = catalogId;
        this.parentExecutionId = parentExecutionId;
        this.rootExecutionId = rootExecutionId;
        this.playbook = playbook;
        this.graph = StepGraph.of(playbook);
        this.workload = workload;
        this.ctx = ctx;
        this.status = status;
        for (Step step : playbook.workflow()) steps.put(step.name(), new StepRow(step.name()));
    }

    public StepRow row(String step) {
        return steps.get(step);
    }

    public Step step(String name) {
        return playbook.step(name).orElseThrow();
    }

    public boolean terminal() {
        return COMPLETED.equals(status) || FAILED.equals(status) || CANCELLED.equals(status);
    }

    public int totalRuns() {
        return steps.values().stream().mapToInt(r -> r.runCount).sum();
    }

    /** Strictly increasing times within one pass, so completion order survives equal wall-clock readings. */
    Instant now() {
        Instant wall = Instant.now();
        clock = wall.isAfter(clock) ? wall : clock.plusNanos(1000);
        return clock;
    }
}
