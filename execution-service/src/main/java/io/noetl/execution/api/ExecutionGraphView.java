package io.noetl.execution.api;

import io.noetl.execution.model.ExecutionGraph;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ExecutionGraph of api.md §4.1: the playbook's steps and arcs with what this execution did on them. */
@Schema(name = "ExecutionGraph")
public record ExecutionGraphView(String executionId, String status, String entryStep, List<NodeView> nodes, List<ArcView> arcs) {

    @Schema(name = "ExecutionGraphNode")
    public record NodeView(String name, String toolKind, @Schema(description = "Null until the step is reached") String status,
            int runCount, boolean entry, boolean terminal, @Schema(enumeration = {"any", "all"}) String join, LoopView loop) {
    }

    @Schema(name = "ExecutionGraphArc")
    public record ArcView(@Schema(example = "check#0") String id, String from, String to,
            @Schema(description = "Template text or null") String when,
            @Schema(enumeration = {"exclusive", "inclusive"}) String mode,
            boolean fired, int fireCount, String lastFiredAt) {
    }

    static ExecutionGraphView from(ExecutionGraph g) {
        return new ExecutionGraphView(Ids.wire(g.executionId()), g.status(), g.entryStep(),
                g.nodes().stream().map(n -> new NodeView(n.name(), n.toolKind(), n.status(), n.runCount(), n.entry(),
                        n.terminal(), n.join(), LoopView.from(n.loop()))).toList(),
                g.arcs().stream().map(a -> new ArcView(a.id(), a.from(), a.to(), a.when(), a.mode(), a.fired(),
                        a.fireCount(), Timestamps.wire(a.lastFiredAt()))).toList());
    }
}
