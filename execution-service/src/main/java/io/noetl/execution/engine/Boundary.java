package io.noetl.execution.engine;

import io.noetl.playbook.model.Arc;
import io.noetl.playbook.model.Next;
import io.noetl.playbook.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The boundary of a run, dsl.md §4.2 steps 1–7: record the outcome, apply {@code set} on ok, pick the eligible
 * arcs, evaluate them against one snapshot, apply the fired arcs' {@code set}s and deliver their arrivals; an
 * error nobody handles, or {@code on_no_match: fail}, becomes the execution's unhandled failure.
 */
final class Boundary {

    /** An arc may handle an error only when its condition reads the outcome (whole word, outside literals). */
    private static final Pattern READS_OUTCOME = Pattern.compile("\\b(outcome|output|event)\\b");
    private static final Pattern LITERALS = Pattern.compile("'[^']*'|\"[^\"]*\"");

    private final Pass p;

    Boundary(Pass p) {
        this.p = p;
    }

    void process(String name, Outcome outcome, String eventName) {
        RunState s = p.s;
        StepRow row = s.row(name);
        Step step = s.step(name);
        record(row, outcome);
        if ("loop.done".equals(eventName)) {
            p.event("loop.done", name, outcome.isError() ? "FAILED" : "COMPLETED", outcome.data(),
                    outcome.isError() ? String.valueOf(outcome.error().get("message")) : null, Map.of("run", row.runCount));
        }
        List<Integer> fired = new ArrayList<>();
        if (s.failure == null && !s.cancelRequested && !s.terminal()) {
            fired = route(step, row, outcome, eventName);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("run", row.runCount);
        meta.put("arcs_fired", fired);
        meta.put("event_name", eventName);
        p.event("step.exit", name, outcome.isError() ? "FAILED" : outcome.isOk() ? "COMPLETED" : "SKIPPED",
                outcome.data(), outcome.isError() ? String.valueOf(outcome.error().get("message")) : null, meta);
    }

    private void record(StepRow row, Outcome outcome) {
        row.status = outcome.isOk() ? StepRow.COMPLETED : outcome.isError() ? StepRow.FAILED : StepRow.SKIPPED;
        if (outcome.isOk()) {
            row.result = outcome.data();
            row.hasOkResult = true;
        }
        row.error = outcome.errorSummary();
        row.endedAt = p.s.now();
        row.touch();
    }

    private List<Integer> route(Step step, StepRow row, Outcome outcome, String eventName) {
        Map<String, Object> snapshot = RenderContext.atBoundary(p.s, step.name(), row.runCount, outcome, eventName);
        try {
            if (outcome.isOk() && !step.set().isEmpty()) {
                CtxWrites.apply(p, step.set(), snapshot, "step '" + step.name() + "' at set");
                snapshot = RenderContext.atBoundary(p.s, step.name(), row.runCount, outcome, eventName);
            }
            List<Integer> fired = select(step, outcome, snapshot);
            for (int i : fired) {
                Arc arc = step.next().arcs().get(i);
                if (!arc.set().isEmpty()) CtxWrites.apply(p, arc.set(), snapshot, "step '" + step.name() + "' at next.arcs[" + i + "].set");
            }
            for (int i : fired) p.arrivals.deliver(step.name(), step.next().arcs().get(i));
            if (fired.isEmpty()) noMatch(step, outcome);
            return fired;
        } catch (RuntimeException e) {
            String kind = e instanceof CtxWrites.Failure f ? f.kind : "template";
            p.unhandled(step.name(), Outcome.errorMap(kind, e.getMessage(), false));
            return List.of();
        }
    }

    private List<Integer> select(Step step, Outcome outcome, Map<String, Object> snapshot) {
        List<Integer> fired = new ArrayList<>();
        if (step.next() == null) return fired;
        List<Arc> arcs = step.next().arcs();
        for (int i = 0; i < arcs.size(); i++) {
            Arc arc = arcs.get(i);
            if (outcome.isError() && (arc.when() == null || !readsOutcome(arc.when()))) continue;
            boolean matches = arc.when() == null || Truth.of(p.templates.render(arc.when(), snapshot,
                    "step '" + step.name() + "' at next.arcs[" + i + "].when"));
            if (matches) {
                fired.add(i);
                if (step.next().mode() == Next.Mode.EXCLUSIVE) break;
            }
        }
        return fired;
    }

    static boolean readsOutcome(String when) {
        return READS_OUTCOME.matcher(LITERALS.matcher(when).replaceAll("''")).find();
    }

    private void noMatch(Step step, Outcome outcome) {
        if (outcome.isError()) {
            p.unhandled(step.name(), outcome.error());
        } else if (step.next() != null) {
            switch (step.next().onNoMatch()) {
                case COMPLETE -> p.event("next.no_match", step.name(), null, null, null, Map.of("run", p.s.row(step.name()).runCount));
                case QUIET -> { }
                case FAIL -> p.unhandled(step.name(), Outcome.errorMap("no_match",
                        "no arc of step '" + step.name() + "' matched", false));
            }
        }
    }
}
