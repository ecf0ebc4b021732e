package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The static graph G of dsl.md §4.4: every arc whose target is a step, conditions ignored. Nodes are workflow
 * positions; an arc to a name defined twice goes to its first definition.
 */
final class Graph {

    /** One arc of G from step {@code from} to step {@code to}, as written. */
    record Edge(int from, int to, RawNext.Arc arc) {
    }

    private final List<List<Edge>> out = new ArrayList<>();
    private final List<List<Edge>> in = new ArrayList<>();
    private final List<RawNext> nexts = new ArrayList<>();
    /** Reachability without exclusions, computed once per node: loop-back checks ask for it repeatedly. */
    private final Map<Integer, BitSet> reachableFrom = new HashMap<>();

    Graph(Index index) {
        for (int i = 0; i < index.steps.size(); i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (int i = 0; i < index.steps.size(); i++) {
            Map<String, Object> step = index.steps.get(i);
            RawNext next = step == null ? RawNext.NONE
                    : RawNext.of(step.get("next"), JsonPointer.append(JsonPointer.append("/workflow", i), "next"));
            nexts.add(next);
            for (RawNext.Arc arc : next.arcs()) {
                Integer to = arc.target() == null ? null : index.stepIndex.get(arc.target());
                if (to != null) {
                    Edge edge = new Edge(i, to, arc);
                    out.get(i).add(edge);
                    in.get(to).add(edge);
                }
            }
        }
    }

    int size() {
        return out.size();
    }

    List<Edge> out(int step) {
        return out.get(step);
    }

    List<Edge> in(int step) {
        return in.get(step);
    }

    RawNext next(int step) {
        return nexts.get(step);
    }

    /** Steps reachable from {@code start} (itself included) along G, never passing through {@code avoid}. */
    BitSet reachable(int start, int avoid) {
        BitSet seen = new BitSet(size());
        if (start == avoid) {
            return seen;
        }
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        seen.set(start);
        while (!queue.isEmpty()) {
            for (Edge edge : out.get(queue.poll())) {
                if (edge.to() != avoid && !seen.get(edge.to())) {
                    seen.set(edge.to());
                    queue.add(edge.to());
                }
            }
        }
        return seen;
    }

    /** An arc is a loop-back when its target can reach its source (dsl.md §4.4). */
    boolean loopBack(Edge edge) {
        return reachableFrom.computeIfAbsent(edge.to(), to -> reachable(to, -1)).get(edge.from());
    }
}
