package io.noetl.execution.service;

import io.noetl.execution.model.ArcFiring;
import io.noetl.execution.model.ExecutionGraph;
import io.noetl.execution.model.ExecutionSnapshot;
import io.noetl.execution.model.LoopCounts;
import io.noetl.execution.model.StepSnapshot;
import io.noetl.playbook.model.Arc;
import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.model.Step;
import io.noetl.playbook.model.Wire;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lays the execution's steps and arc firings over the playbook's steps and arcs. */
final class GraphBuilder {

    private record Fired(int count, OffsetDateTime last) {
        Fired plus(ArcFiring f) {
            return new Fired(count + f.count(), last == null || f.lastFiredAt().isAfter(last) ? f.lastFiredAt() : last);
        }
    }

    private GraphBuilder() {
    }

    static ExecutionGraph build(ExecutionSnapshot execution, Playbook playbook, List<StepSnapshot> steps, List<ArcFiring> firings) {
        Map<String, StepSnapshot> byName = steps.stream().collect(Collectors.toMap(StepSnapshot::name, Function.identity()));
        if (playbook == null) {
            // Without the playbook only the steps that ran are known, and no arcs.
            List<ExecutionGraph.Node> nodes = steps.stream().map(s -> new ExecutionGraph.Node(s.name(), s.toolKind(),
                    s.status(), s.runCount(), false, false, "any", s.loop())).toList();
            return new ExecutionGraph(execution.executionId(), execution.status(), null, nodes, List.of());
        }
        String entry = playbook.executor().entryStep();
        List<ExecutionGraph.Node> nodes = playbook.workflow().stream().map(step -> node(step, byName.get(step.name()), entry)).toList();
        Map<String, Fired> fired = fired(playbook, firings);
        List<ExecutionGraph.Edge> arcs = new ArrayList<>();
        for (Step step : playbook.workflow()) {
            if (step.next() == null) continue;
            String mode = Wire.name(step.next().mode());
            for (int i = 0; i < step.next().arcs().size(); i++) {
                Arc arc = step.next().arcs().get(i);
                String id = step.name() + "#" + i;
                Fired f = fired.getOrDefault(id, new Fired(0, null));
                arcs.add(new ExecutionGraph.Edge(id, step.name(), arc.step(), arc.when(), mode, f.count(), f.last()));
            }
        }
        return new ExecutionGraph(execution.executionId(), execution.status(), entry, nodes, arcs);
    }

    private static ExecutionGraph.Node node(Step step, StepSnapshot state, String entry) {
        LoopCounts loop = step.loop() == null ? null : state == null ? LoopCounts.NONE : state.loopCounts();
        String kind = state != null && state.toolKind() != null ? state.toolKind() : StepKinds.of(step);
        return new ExecutionGraph.Node(step.name(), kind, state == null ? null : state.status(),
                state == null ? 0 : state.runCount(), step.name().equals(entry), step.leaf(),
                Wire.name(step.spec().join()), loop);
    }

    /** Firings summed per arc id; entries naming no arc of their step are ignored. */
    private static Map<String, Fired> fired(Playbook playbook, List<ArcFiring> firings) {
        Map<String, Fired> byArc = new HashMap<>();
        for (ArcFiring f : firings) {
            List<Arc> arcs = playbook.step(f.fromStep()).map(s -> s.next() == null ? List.<Arc>of() : s.next().arcs()).orElse(List.of());
            int index = ArcMatcher.index(f.fired(), f.fromStep(), arcs);
            if (index >= 0) byArc.merge(f.fromStep() + "#" + index, new Fired(f.count(), f.lastFiredAt()), (a, b) -> a.plus(f));
        }
        return byArc;
    }
}
