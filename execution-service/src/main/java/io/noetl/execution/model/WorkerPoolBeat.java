package io.noetl.execution.model;

/** The answer to a worker-pool heartbeat: "ok" for a known pool, "recreated" when re-registered from it. */
public record WorkerPoolBeat(String status, String name, long runtimeId) {
}
