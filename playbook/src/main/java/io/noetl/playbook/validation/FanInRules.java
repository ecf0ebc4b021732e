package io.noetl.playbook.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code fan_in_without_join} (dsl.md §4.4, §11): a {@code join: any} step that two branches of one inclusive
 * fan-out reach through different inbound arcs runs on the first arrival and drops the later ones. Arrivals
 * over loop-back arcs start new runs, so they do not count; neither do branches that meet earlier, at another
 * step, since that step is the one to warn about.
 */
final class FanInRules {

    private final Findings f;
    private final Index index;
    private final Graph graph;

    FanInRules(Findings f, Index index, Graph graph) {
        this.f = f;
        this.index = index;
        this.graph = graph;
    }

    void check() {
        BitSet warned = new BitSet(graph.size());
        for (int fanOut = 0; fanOut < graph.size(); fanOut++) {
            if (!graph.next(fanOut).inclusive() || graph.out(fanOut).size() < 2) {
                continue;
            }
            for (int join = 0; join < graph.size(); join++) {
                if (join != fanOut && !warned.get(join) && !index.joinAll(join) && meets(fanOut, join)) {
                    warned.set(join);
                    warn(fanOut, join);
                }
            }
        }
    }

    /** Whether two arcs of {@code fanOut} reach {@code join} through two different inbound arcs. */
    private boolean meets(int fanOut, int join) {
        List<Graph.Edge> inbound = graph.in(join).stream().filter(edge -> !graph.loopBack(edge)).toList();
        if (inbound.size() < 2) {
            return false;
        }
        List<Set<Graph.Edge>> byBranch = new ArrayList<>();
        for (Graph.Edge branch : graph.out(fanOut)) {
            BitSet reached = graph.reachable(branch.to(), join);
            Set<Graph.Edge> arrivals = new HashSet<>();
            for (Graph.Edge edge : inbound) {
                if (edge.equals(branch) || edge.from() != fanOut && reached.get(edge.from())) {
                    arrivals.add(edge);
                }
            }
            byBranch.add(arrivals);
        }
        for (int a = 0; a < byBranch.size(); a++) {
            for (int b = a + 1; b < byBranch.size(); b++) {
                Set<Graph.Edge> both = new HashSet<>(byBranch.get(a));
                both.addAll(byBranch.get(b));
                if (!byBranch.get(a).isEmpty() && !byBranch.get(b).isEmpty() && both.size() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private void warn(int fanOut, int join) {
        // Point at join: any when the author wrote it, else at the step's name.
        boolean explicit = index.stepSpec(join).get("join") != null;
        String path = explicit ? GraphRules.stepPath(join, "spec") + "/join" : GraphRules.stepPath(join, "step");
        f.warning(Codes.FAN_IN_WITHOUT_JOIN, path, "step '" + index.stepName(join) + "' is reached by several"
                + " branches of the inclusive fan-out at '" + index.stepName(fanOut) + "' but has join: any, so it"
                + " runs on the first arrival and drops the others; use spec.join: all to run it once with all of them");
    }
}
