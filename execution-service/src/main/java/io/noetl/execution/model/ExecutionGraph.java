package io.noetl.execution.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The playbook's steps and arcs overlaid with this execution's progress (api.md §4.1 ExecutionGraph).
 * A node's status is null until its step has a step_state row.
 */
public record ExecutionGraph(long executionId, String status, String entryStep, List<Node> nodes, List<Edge> arcs) {

    public record Node(String name, String toolKind, String status, int runCount, boolean entry, boolean terminal,
            String join, LoopCounts loop) {
    }

    /** id is "from#index", index being the arc's position in the step's next.arcs. */
    public record Edge(String id, String from, String to, String when, String mode, int fireCount,
            OffsetDateTime lastFiredAt) {

        public boolean fired() {
            return fireCount > 0;
        }
    }
}
