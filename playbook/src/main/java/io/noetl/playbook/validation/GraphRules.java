package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.BitSet;

/**
 * Rules over the whole routing graph: reachability from the entry step, the final step's constraints
 * (dsl.md §4.5), and join configurations that cannot work as written (§4.4). Fan-in is {@link FanInRules}.
 */
final class GraphRules {

    private final Findings f;
    private final Index index;
    private final Graph graph;

    GraphRules(Context cx) {
        this.f = cx.findings();
        this.index = cx.index();
        this.graph = new Graph(cx.index());
    }

    void check() {
        unreachable();
        finalStep();
        joins();
        new FanInRules(f, index, graph).check();
    }

    private void unreachable() {
        Integer entry = index.entry == null ? null : index.stepIndex.get(index.entry);
        if (entry == null) {
            return;                                   // reported as unknown_step, or no usable step at all
        }
        BitSet reached = graph.reachable(entry, -1);
        index.stepIndex.forEach((name, i) -> {
            if (!reached.get(i) && !name.equals(index.finalStep)) {
                f.warning(Codes.UNREACHABLE_STEP, stepPath(i), "step '" + name + "' is not reachable from the entry"
                        + " step '" + index.entry + "': no arc leads to it");
            }
        });
    }

    private void finalStep() {
        Integer last = index.finalStep == null ? null : index.stepIndex.get(index.finalStep);
        if (last == null) {
            return;
        }
        String name = index.finalStep;
        if (index.steps.get(last).get("next") != null) {
            f.error(Codes.FINAL_STEP_RULES, stepPath(last, "next"), "final step '" + name
                    + "' runs last, once, so it may not have next");
        }
        for (Graph.Edge edge : graph.in(last)) {
            f.error(Codes.FINAL_STEP_RULES, edge.arc().targetPath(), "final step '" + name + "' runs by itself at"
                    + " the end and may not be an arc target");
        }
        if (name.equals(index.entry)) {
            f.error(Codes.FINAL_STEP_RULES, "/executor/spec/final_step", "final step '" + name + "' may not be the"
                    + " entry step" + (index.entryExplicit ? ""
                            : " (the first step is the entry step when executor.spec.entry_step is absent)"));
        }
    }

    private void joins() {
        for (int i = 0; i < graph.size(); i++) {
            if (!index.joinAll(i)) {
                continue;
            }
            for (Graph.Edge edge : graph.out(i)) {
                if (edge.to() == i) {
                    f.error(Codes.JOIN_SELF, edge.arc().targetPath(), "a join: all step may not target itself:"
                            + " its own arrival would wait for its own run");
                }
            }
            if (graph.in(i).size() == 1) {
                f.warning(Codes.JOIN_SINGLE_INPUT, stepPath(i, "spec") + "/join",
                        "join: all with a single inbound arc waits for nothing; join: any behaves the same");
            }
        }
    }

    private static String stepPath(int step) {
        return stepPath(step, "step");
    }

    static String stepPath(int step, String field) {
        return JsonPointer.append(JsonPointer.append("/workflow", step), field);
    }
}
