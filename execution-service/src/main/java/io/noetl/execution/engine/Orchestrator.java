package io.noetl.execution.engine;

import io.noetl.playbook.model.LoopSpec;
import io.noetl.playbook.model.Step;
import io.noetl.playbook.template.TemplateEngine;
import java.util.List;
import java.util.Map;

/**
 * The routing engine of dsl.md §4 and §8 as pure code: given an execution's {@link RunState} (loaded under its
 * row lock) and one thing that happened, it changes the state and records {@link Effects} for the store to
 * write in the same transaction. No I/O here, so every rule is testable without a database.
 */
public final class Orchestrator {

    private final TemplateEngine templates;
    private final EngineLimits limits;

    public Orchestrator(TemplateEngine templates, EngineLimits limits) {
        this.templates = templates;
        this.limits = limits;
    }

    /** A new execution: RUNNING, the entry step issued, inline work done. */
    public void start(RunState s) {
        Pass p = new Pass(s, templates, limits);
        s.status = RunState.RUNNING;
        s.executionDirty = true;
        p.issuer.issue(s.playbook.executor().entryStep(), Map.of());
        p.settle();
    }

    /** The command of a non-loop run finished (worker report, or lease expiry). */
    public void runFinished(RunState s, String step, Outcome outcome) {
        runFinished(s, step, outcome, Map.of());
    }

    /**
     * As {@link #runFinished(RunState, String, Outcome)}, first applying the {@code ctx} writes of the command's task
     * policies (dsl.md §7: persisted with the command's result, whatever its outcome). A write that cannot be
     * applied ({@code set_conflict}, {@code ctx_too_large}) turns the run's outcome into that error.
     */
    public void runFinished(RunState s, String step, Outcome outcome, Map<String, Object> ctxWrites) {
        Outcome o = withCtxWrites(s, step, outcome, ctxWrites);
        Pass p = new Pass(s, templates, limits);
        p.inline.add(new Pass.Pending(step, o, o.isOk() ? "call.done" : "call.error"));
        p.settle();
    }

    private Outcome withCtxWrites(RunState s, String step, Outcome outcome, Map<String, Object> ctxWrites) {
        if (ctxWrites.isEmpty()) return outcome;
        Map<String, Object> keyed = new java.util.LinkedHashMap<>();
        ctxWrites.forEach((k, v) -> keyed.put("ctx." + k, v));
        try {
            CtxWrites.put(s, limits, keyed, "step '" + step + "' task policy set");
            return outcome;
        } catch (CtxWrites.Failure f) {
            return Outcome.error(f.kind, f.getMessage(), false);
        }
    }

    /**
     * One loop iteration finished. Releases held iterations or stops issuing (fail_fast, failure, cancel);
     * returns true when no iteration remains active, so the caller loads the iteration results and calls
     * {@link #loopFinished}.
     */
    public boolean iterationFinished(RunState s, String stepName, Outcome outcome) {
        return iterationFinished(s, stepName, outcome, Map.of());
    }

    /** As {@link #iterationFinished(RunState, String, Outcome)}, with the iteration's task-policy ctx writes. */
    public boolean iterationFinished(RunState s, String stepName, Outcome reported, Map<String, Object> ctxWrites) {
        Outcome outcome = withCtxWrites(s, stepName, reported, ctxWrites);
        Step step = s.step(stepName);
        StepRow row = s.row(stepName);
        row.loopDone++;
        if (outcome.isError()) row.loopFailed++;
        row.touch();
        boolean failFast = step.loop().spec().failure() == LoopSpec.Failure.FAIL_FAST && row.loopFailed > 0;
        boolean stopping = failFast || s.failure != null || s.cancelRequested;
        int active = row.loopReleased - row.loopDone;
        if (stopping) {
            if (row.loopReleased < row.loopTotal) s.effects.cancelHeld.add(new Effects.CancelHeld(stepName, row.runCount));
            return active == 0;
        }
        int more = Math.min(row.loopMaxInFlight - active, row.loopTotal - row.loopReleased);
        if (more > 0) {
            s.effects.releases.add(new Effects.Release(stepName, row.runCount, more));
            row.loopReleased += more;
        }
        return row.loopDone == row.loopTotal;
    }

    /** The loop run reached its boundary with every finished iteration's outcome (dsl.md §8). */
    public void loopFinished(RunState s, String stepName, List<LoopAggregate.Iteration> iterations) {
        Pass p = new Pass(s, templates, limits);
        Outcome outcome = LoopAggregate.outcome(s.step(stepName), s.row(stepName).loopTotal, iterations);
        p.inline.add(new Pass.Pending(stepName, outcome, "loop.done"));
        p.settle();
    }

    /** Cancel (api.md §4.1): CANCELLED at once; queued commands cancelled, running ones asked to stop. */
    public void cancel(RunState s, String reason, Map<String, Object> meta) {
        if (s.terminal()) return;
        Pass p = new Pass(s, templates, limits);
        s.cancelRequested = true;
        p.stopOpenWork(StepRow.CANCELLED);
        s.steps.values().stream().filter(StepRow::active).forEach(r -> {
            r.status = StepRow.CANCELLED;
            r.touch();
        });
        s.status = RunState.CANCELLED;
        s.failure = Map.of("kind", "cancelled", "message", reason);
        s.executionDirty = true;
        p.event("execution.cancelled", "workflow", "CANCELLED", null, reason, meta);
    }
}
