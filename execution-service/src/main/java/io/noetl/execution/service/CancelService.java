package io.noetl.execution.service;

import io.noetl.execution.engine.Orchestrator;
import io.noetl.execution.model.CancelOutcome;
import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.EventRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.execution.store.RunStateStore;
import io.noetl.platform.error.NotFound;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cancel (api.md §4.1): in one transaction the execution and, with cascade, every descendant become CANCELLED
 * with an {@code execution.cancelled} event; queued commands are cancelled, leased ones flagged so their
 * workers see it on heartbeat. Cancelling a finished execution changes nothing.
 */
@ApplicationScoped
public class CancelService {

    private final Pool pool;
    private final ExecutionRepository executions;
    private final CommandRepository commands;
    private final RunStateStore store;
    private final Orchestrator orchestrator;
    private final PlaybookSource playbooks;
    private final EventRepository events;
    private final ExecutionMetrics metrics;

    public CancelService(Pool pool, ExecutionRepository executions, CommandRepository commands, RunStateStore store,
            Orchestrator orchestrator, PlaybookSource playbooks, EventRepository events, ExecutionMetrics metrics) {
        this.events = events;
        this.metrics = metrics;
        this.pool = pool;
        this.executions = executions;
        this.commands = commands;
        this.store = store;
        this.orchestrator = orchestrator;
        this.playbooks = playbooks;
    }

    public Uni<CancelOutcome> cancel(long id, String reason, boolean cascade) {
        return cancelIf(id, reason, cascade, tx -> Uni.createFrom().item(true));
    }

    /**
     * Cancels only when {@code still} holds under the execution lock (cleanup re-checks that the run is still stuck,
     * since a report may have arrived after it was picked); otherwise changes nothing, like a finished execution.
     */
    public Uni<CancelOutcome> cancelIf(long id, String reason, boolean cascade, Function<SqlClient, Uni<Boolean>> still) {
        return pool.withTransaction(tx -> executions.lock(tx, id)
                .onItem().ifNull().failWith(() -> new NotFound("No execution " + id + "."))
                .chain(root -> root.terminal() ? Uni.createFrom().item(false) : still.apply(tx))
                .chain(go -> !go ? Uni.createFrom().item(new CancelOutcome(true, id, List.of(), 0, 0))
                        : (cascade ? executions.descendants(tx, id) : Uni.createFrom().item(List.<Long>of()))
                                .chain(children -> cancelAll(tx, id, children, reason, cascade))))
                .invoke(o -> metrics.finished("CANCELLED", o.cancelledExecutions().size()));
    }

    private Uni<CancelOutcome> cancelAll(SqlClient tx, long rootId, List<Long> children, String reason, boolean cascade) {
        List<Long> order = new ArrayList<>(List.of(rootId));
        order.addAll(children);
        List<Long> cancelled = new ArrayList<>();
        int[] counts = new int[2];
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (long executionId : order) {
            chain = chain.chain(() -> executions.lock(tx, executionId).chain(e -> e == null || e.terminal()
                    ? Uni.createFrom().voidItem() : one(tx, e, reason, cascade, counts).invoke(() -> cancelled.add(executionId))));
        }
        return chain.map(v -> new CancelOutcome(false, rootId, cancelled, counts[0], counts[1]));
    }

    private Uni<Void> one(SqlClient tx, ExecutionRow e, String reason, boolean cascade, int[] counts) {
        return playbooks.cached(e.catalogId()).chain(p -> p.playbook() == null ? bare(tx, e, reason, counts)
                : store.load(tx, e, p.playbook()).chain(s -> {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("reason", reason);
            meta.put("cascade", cascade);
            meta.put("requested_by", "api");
            orchestrator.cancel(s, reason, meta);
            s.effects.cancelOpenCommands = false;
            return commands.cancelOpen(tx, e.executionId()).invoke(n -> {
                counts[0] += n[0];
                counts[1] += n[1];
            }).chain(() -> store.apply(tx, s, false)).replaceWithVoid();
        }));
    }

    /** An execution whose playbook cannot be read is still cancellable: status, commands and event only. */
    private Uni<Void> bare(SqlClient tx, ExecutionRow e, String reason, int[] counts) {
        Map<String, Object> error = Map.of("kind", "cancelled", "message", reason);
        return commands.cancelOpen(tx, e.executionId()).invoke(n -> {
            counts[0] += n[0];
            counts[1] += n[1];
        }).chain(() -> executions.update(tx, e.executionId(), "CANCELLED", e.ctx(), e.result(), error, true))
                .chain(() -> events.append(tx, List.of(new EventRepository.Row(null, e.executionId(), e.catalogId(),
                        e.parentExecutionId(), "execution.cancelled", "workflow", "workflow", "CANCELLED", null, null,
                        reason, Map.of("reason", reason), null, null, null)))).replaceWithVoid();
    }
}
