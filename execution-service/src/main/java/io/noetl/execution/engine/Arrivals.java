package io.noetl.execution.engine;

import io.noetl.playbook.model.Arc;
import io.noetl.playbook.model.StepSpec;
import java.util.Map;

/**
 * Arrivals and joins (dsl.md §4.4). {@code join: any}: the first arrival issues a run, later ones merge into an
 * active run, and an arrival after the run ended is dropped unless its arc is a loop-back. {@code join: all}:
 * arrivals are tokens; the step fires once no token-less input can still be reached by active work.
 */
final class Arrivals {

    private final Pass p;

    Arrivals(Pass p) {
        this.p = p;
    }

    void deliver(String from, Arc arc) {
        RunState s = p.s;
        StepRow target = s.row(arc.step());
        if (s.step(arc.step()).spec().join() == StepSpec.Join.ALL) {
            target.tokens.add(from);
            target.touch();
        } else if (target.runCount == 0) {
            p.issuer.issue(arc.step(), Map.of());
        } else if (target.active()) {
            return; // merged into the active run: its set was applied, no new run
        } else if (s.graph.loopBack(from, arc.step())) {
            p.issuer.issue(arc.step(), Map.of());
        } else {
            p.event("arc.dropped", arc.step(), null, null, null, Map.of("from", from, "reason", "already_ran"));
        }
    }

    /** Fires every waiting join that may fire; when only deadlocked joins remain, the first in YAML order. */
    void fireReadyJoins() {
        RunState s = p.s;
        if (s.failure != null || s.cancelRequested || s.terminal()) return;
        boolean changed = true;
        while (changed && p.inline.isEmpty()) {
            changed = false;
            for (StepRow row : s.steps.values()) {
                if (waiting(row) && !anyInputLive(row)) {
                    p.issuer.issue(row.name, Map.of());
                    changed = true;
                    break;
                }
            }
            if (!changed && s.steps.values().stream().noneMatch(StepRow::active)) {
                for (StepRow row : s.steps.values()) {
                    if (waiting(row)) {
                        p.issuer.issue(row.name, Map.of());
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private static boolean waiting(StepRow row) {
        return !row.tokens.isEmpty() && !row.active();
    }

    /** A token-less input S→B is live while an active element other than B reaches S avoiding B. */
    private boolean anyInputLive(StepRow join) {
        RunState s = p.s;
        for (String source : s.graph.inbound(join.name)) {
            if (join.tokens.contains(source)) continue;
            for (StepRow x : s.steps.values()) {
                if (x == join || !(x.active() || !x.tokens.isEmpty())) continue;
                if (s.graph.reaches(x.name, source, join.name)) return true;
            }
        }
        return false;
    }
}
