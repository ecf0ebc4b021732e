package io.noetl.execution.model;

/** The command a worker reports on, as the fence and the orchestrator need it. */
public record ReportedCommand(long commandId, long executionId, String step, String toolKind, Integer loopIndex,
        String status, int attempt, long leaseToken, String workerId, Integer run) {

    public boolean leased() {
        return "LEASED".equals(status) || "RUNNING".equals(status);
    }

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status) || "CANCELLED".equals(status);
    }
}
