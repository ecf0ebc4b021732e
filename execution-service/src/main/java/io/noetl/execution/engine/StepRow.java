package io.noetl.execution.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The orchestrator's bookkeeping of one step in one execution: a mutable copy of its {@code step_state} row,
 * written back when {@link #dirty} is set. {@code tokens} are the source steps of arcs that delivered a
 * {@code join: all} token and were not consumed yet; {@code loopReleased} counts iterations handed to workers.
 */
public final class StepRow {

    public static final String PENDING = "PENDING";
    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String SKIPPED = "SKIPPED";
    public static final String CANCELLED = "CANCELLED";

    public final String name;
    public String status = PENDING;
    public int runCount;
    public final List<String> tokens = new ArrayList<>();
    public int loopTotal;
    public int loopDone;
    public int loopFailed;
    public int loopReleased;
    public int loopMaxInFlight;
    public Object result;
    public Map<String, Object> error;
    public Instant startedAt;
    public Instant endedAt;
    /** The result of its latest ok run is visible to templates; false until one. */
    public boolean hasOkResult;
    public boolean dirty;

    public StepRow(String name) {
        this.name = name;
    }

    /** A run is PENDING or RUNNING: issued and not at its boundary yet. */
    public boolean active() {
        return RUNNING.equals(status) || (PENDING.equals(status) && runCount > 0);
    }

    public boolean ended() {
        return runCount > 0 && !active();
    }

    void touch() {
        dirty = true;
    }
}
