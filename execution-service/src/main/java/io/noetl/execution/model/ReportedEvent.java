package io.noetl.execution.model;

import java.util.Map;
import java.util.Set;

/** One event a worker reports (api.md §4.3 EventIn), aliases already folded. */
public record ReportedEvent(String type, String nodeName, String status, Object context, Object result, String error,
        Double duration, Map<String, Object> meta) {

    /** The W rows of api.md §4.2. */
    public static final Set<String> WORKER_TYPES = Set.of("command.claimed", "command.started", "command.heartbeat",
            "call.done", "call.error", "command.completed", "command.failed", "command.cancelled");
    /** Upstream clients still send these; they are accepted and dropped. */
    public static final Set<String> DROPPED = Set.of("step.enter", "step.exit");
    public static final Set<String> TERMINAL = Set.of("command.completed", "command.failed", "command.cancelled");

    public boolean terminal() {
        return TERMINAL.contains(type);
    }

    public String defaultStatus() {
        return switch (type) {
            case "command.completed", "call.done" -> "COMPLETED";
            case "command.failed", "call.error" -> "FAILED";
            case "command.cancelled" -> "CANCELLED";
            default -> "RUNNING";
        };
    }
}
