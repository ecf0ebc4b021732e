package io.noetl.worker.service;

import io.noetl.platform.model.LeasedCommand;
import io.noetl.worker.pipeline.PipelineOutcome;
import io.noetl.worker.pipeline.PipelineRunner;
import io.noetl.worker.tool.CredentialSource;
import io.noetl.worker.tool.TaskResult;
import io.noetl.worker.tool.ToolContext;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One leased command on this worker: runs its pipeline on a worker thread and builds the report (api.md §4.3)
 * with {@code command.started} and the terminal event. {@code cancel} is raised by the heartbeat when the
 * orchestrator asks, by the step's timeout, or by shutdown; tools poll it and stop.
 */
final class CommandRun {

    final LeasedCommand command;
    final AtomicBoolean cancel = new AtomicBoolean();
    /** When it took a slot (when it was leased, while it waits in the buffer). */
    volatile Instant started = Instant.now();
    volatile String cancelReason;
    /** False while the command waits in the worker's buffer (LEASED, no slot yet). */
    volatile boolean inSlot;

    void takeSlot() {
        started = Instant.now();
        inSlot = true;
    }

    CommandRun(LeasedCommand command) {
        this.command = command;
    }

    Map<String, Object> status() {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("command_id", Long.toString(command.commandId()));
        s.put("execution_id", Long.toString(command.executionId()));
        s.put("step", command.stepName());
        s.put("tool_kind", command.toolKind());
        s.put("attempt", command.attempt());
        s.put("lease_token", command.leaseToken());
        s.put("started_at", started.toString());
        s.put("lease_until", command.leaseUntil() == null ? null : command.leaseUntil().toString());
        s.put("elapsed_seconds", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        s.put("cancel_requested", cancel.get());
        return s;
    }

    void cancel(String reason) {
        cancelReason = reason;
        cancel.set(true);
    }

    Optional<Duration> stepTimeout() {
        Object t = command.context().getValue("timeout");
        return t instanceof Number n ? Optional.of(Duration.ofMillis((long) (n.doubleValue() * 1000))) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    JsonObject execute(PipelineRunner runner, CredentialSource credentials, String workerId) {
        Map<String, Object> context = Plain.map(command.context());
        PipelineOutcome outcome;
        try {
            outcome = runner.run(context, new ToolContext(Optional.empty(), cancel::get, credentials));
        } catch (RuntimeException e) {
            outcome = PipelineOutcome.of(TaskResult.error("config", "the worker could not run this command: " + e.getMessage(), false));
        }
        return report(outcome, workerId);
    }

    private JsonObject report(PipelineOutcome o, String workerId) {
        Map<String, Object> envelope = o.envelope();
        boolean cancelled = cancel.get() && !"timeout".equals(cancelReason) && !o.ok();
        String type = o.ok() ? "command.completed" : cancelled ? "command.cancelled" : "command.failed";
        if ("timeout".equals(cancelReason) && !o.ok()) {
            ((Map<String, Object>) envelope.get("error")).put("kind", "timeout");
            ((Map<String, Object>) envelope.get("error")).put("retryable", false);
            ((Map<String, Object>) envelope.get("error")).put("message", "the step ran longer than its timeout");
        }
        Object message = o.ok() ? null : ((Map<String, Object>) envelope.get("error")).get("message");
        JsonObject terminal = new JsonObject().put("event_type", type).put("result", new JsonObject(envelope))
                .put("duration", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        if (message != null) terminal.put("error", String.valueOf(message));
        if (!o.ctx().isEmpty()) terminal.put("meta", new JsonObject().put("ctx", new JsonObject(o.ctx())));
        return new JsonObject().put("execution_id", Long.toString(command.executionId()))
                .put("command_id", Long.toString(command.commandId())).put("lease_token", command.leaseToken())
                .put("attempt", command.attempt()).put("worker_id", workerId)
                .put("events", new JsonArray().add(new JsonObject().put("event_type", "command.started")).add(terminal));
    }
}
