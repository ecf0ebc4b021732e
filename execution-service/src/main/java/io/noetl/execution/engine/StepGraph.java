package io.noetl.execution.engine;

import io.noetl.playbook.model.Arc;
import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.model.Step;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static graph G of dsl.md §4.4: every arc, conditions ignored. Answers loop-back questions and the
 * liveness of {@code join: all} inputs. Playbooks are small, so searches run on demand.
 */
public final class StepGraph {

    private final Map<String, Set<String>> out = new LinkedHashMap<>();
    private final Map<String, Set<String>> in = new LinkedHashMap<>();

    static StepGraph of(Playbook playbook) {
        StepGraph g = new StepGraph();
        for (Step step : playbook.workflow()) {
            g.out.computeIfAbsent(step.name(), k -> new LinkedHashSet<>());
            g.in.computeIfAbsent(step.name(), k -> new LinkedHashSet<>());
        }
        for (Step step : playbook.workflow()) {
            List<Arc> arcs = step.next() == null ? List.of() : step.next().arcs();
            for (Arc arc : arcs) {
                g.out.get(step.name()).add(arc.step());
                g.in.get(arc.step()).add(step.name());
            }
        }
        return g;
    }

    /** Sources of arcs into {@code step}. */
    public Set<String> inbound(String step) {
        return in.getOrDefault(step, Set.of());
    }

    /** An arc from → to is a loop-back when {@code to} can reach {@code from} (from = to included). */
    public boolean loopBack(String from, String to) {
        return reaches(to, from, null);
    }

    /** Whether {@code target} is reachable from {@code start} (start = target counts) avoiding {@code avoid}. */
    public boolean reaches(String start, String target, String avoid) {
        if (start.equals(avoid)) return false;
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (s.equals(target)) return true;
            for (String next : out.getOrDefault(s, Set.of())) {
                if (!next.equals(avoid) && seen.add(next)) todo.push(next);
            }
        }
        return false;
    }
}
