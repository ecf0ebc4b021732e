package io.noetl.execution.service;

import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.model.FinalizeOutcome;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.EventRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.execution.store.StepStateRepository;
import io.noetl.platform.error.NotFound;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finalize (api.md §4.1): an operator forces a stuck execution to FAILED with error kind {@code finalized}. It
 * bypasses the orchestrator on purpose: a stuck run may have an unreadable playbook or a state the engine would
 * not move, and no final step runs. One transaction under the execution lock: open commands are stopped as cancel
 * stops them, active step runs end FAILED, and {@code workflow.failed} + {@code playbook.failed} are appended.
 * A parent waiting on this execution sees a failed child (child_failed); children are not touched.
 */
@ApplicationScoped
public class FinalizeService {

    public static final String DEFAULT_REASON = "Abandoned or timed out";

    private final Pool pool;
    private final ExecutionRepository executions;
    private final CommandRepository commands;
    private final StepStateRepository steps;
    private final EventRepository events;
    private final ExecutionMetrics metrics;

    public FinalizeService(Pool pool, ExecutionRepository executions, CommandRepository commands, StepStateRepository steps,
            EventRepository events, ExecutionMetrics metrics) {
        this.pool = pool;
        this.executions = executions;
        this.commands = commands;
        this.steps = steps;
        this.events = events;
        this.metrics = metrics;
    }

    public Uni<FinalizeOutcome> finalizeExecution(long id, String reason) {
        return pool.withTransaction(tx -> executions.lock(tx, id)
                        .onItem().ifNull().failWith(() -> new NotFound("No execution " + id + "."))
                        .chain(e -> e.terminal() ? Uni.createFrom().item(new FinalizeOutcome(true, id, e.status(), 0, 0))
                                : fail(tx, e, reason)))
                .invoke(o -> {
                    if (!o.alreadyTerminal()) metrics.finished("FAILED", 1);
                });
    }

    private Uni<FinalizeOutcome> fail(SqlClient tx, ExecutionRow e, String reason) {
        Map<String, Object> error = Map.of("kind", "finalized", "message", reason);
        return commands.cancelOpen(tx, e.executionId())
                .call(() -> steps.failActive(tx, e.executionId(), error))
                .call(() -> executions.update(tx, e.executionId(), "FAILED", e.ctx(), e.result(), error, e.cancelRequested()))
                .call(() -> events.append(tx, terminalEvents(e, reason, error)))
                .map(n -> new FinalizeOutcome(false, e.executionId(), "FAILED", n[0], n[1]));
    }

    /** The same pair the orchestrator writes for a failed run, so readers of the log need no special case. */
    private static List<EventRepository.Row> terminalEvents(ExecutionRow e, String reason, Map<String, Object> error) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("error", error);
        meta.put("reason", reason);
        meta.put("requested_by", "api");
        return List.of(
                new EventRepository.Row(null, e.executionId(), e.catalogId(), e.parentExecutionId(), "workflow.failed",
                        "workflow", "workflow", "FAILED", null, null, reason, meta, null, null, null),
                new EventRepository.Row(null, e.executionId(), e.catalogId(), e.parentExecutionId(), "playbook.failed",
                        e.path(), "playbook", "FAILED", null, null, reason, meta, null, null, null));
    }
}
