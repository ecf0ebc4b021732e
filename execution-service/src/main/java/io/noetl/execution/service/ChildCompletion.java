package io.noetl.execution.service;

import io.noetl.execution.engine.Outcome;
import io.noetl.execution.model.ReportedCommand;
import io.noetl.execution.store.ChildRepository;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.EventRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.platform.model.LeasedCommand;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boundary of a sub-playbook run (dsl.md §9): the child's end becomes the parent command's terminal event
 * and outcome — its result (or {@code return_step}'s), {@code child_failed} or {@code child_cancelled} — routed
 * by the orchestrator under the parent's lock. Also ends calls that could not start a child.
 */
@ApplicationScoped
public class ChildCompletion {

    private final Pool pool;
    private final ExecutionRepository executions;
    private final CommandRepository commands;
    private final ChildRepository children;
    private final EventRepository events;
    private final PlaybookSource playbooks;
    private final CommandCompletion completion;
    private final CommandNotifier notifier;

    public ChildCompletion(Pool pool, ExecutionRepository executions, CommandRepository commands, ChildRepository children,
            EventRepository events, PlaybookSource playbooks, CommandCompletion completion, CommandNotifier notifier) {
        this.pool = pool;
        this.executions = executions;
        this.commands = commands;
        this.children = children;
        this.events = events;
        this.playbooks = playbooks;
        this.completion = completion;
        this.notifier = notifier;
    }

    public Uni<Boolean> complete(ChildRepository.EndedChild ended) {
        return end(ended.parentExecutionId(), ended.commandId(), null);
    }

    public Uni<Boolean> fail(LeasedCommand c, Outcome outcome) {
        return end(c.executionId(), c.commandId(), outcome);
    }

    /** {@code wait: false}: the run ends at once with the child's id; the child stays linked. */
    public Uni<Boolean> startedOnly(LeasedCommand c, long childId) {
        return end(c.executionId(), c.commandId(), Outcome.ok(Map.of("execution_id", Long.toString(childId), "status", "started")));
    }

    /** {@code given} null: the outcome is read from the ended child. */
    private Uni<Boolean> end(long parentId, long commandId, Outcome given) {
        return executions.catalogOf(pool, parentId).chain(catalogId -> playbooks.cached(catalogId)).chain(p ->
                pool.withTransaction(tx -> executions.lock(tx, parentId).chain(e -> commands.forReport(tx, commandId)
                        .chain(c -> c == null || !c.leased() ? Uni.createFrom().item(-1)
                                : outcome(tx, c, given).chain(o -> event(tx, e.catalogId(), c, o)
                                        .chain(() -> completion.finish(tx, e, p.playbook(), c, o.isOk() ? "COMPLETED" : "FAILED", o)))))))
                .call(n -> n > 0 ? notifier.notifyWork(parentId) : Uni.createFrom().voidItem())
                .map(n -> n >= 0);
    }

    @SuppressWarnings("unchecked")
    private Uni<Outcome> outcome(SqlClient tx, ReportedCommand c, Outcome given) {
        if (given != null) return Uni.createFrom().item(given);
        return children.child(tx, c.commandId()).chain(child -> {
            long childId = (Long) child[0];
            String status = (String) child[1];
            Map<String, Object> error = (Map<String, Object>) child[3];
            String message = error == null ? null : String.valueOf(error.get("message"));
            if ("FAILED".equals(status)) return Uni.createFrom().item(coded("child_failed", message, childId));
            if ("CANCELLED".equals(status)) return Uni.createFrom().item(coded("child_cancelled", message, childId));
            return returnStep(tx, c).chain(step -> step == null ? Uni.createFrom().item(Outcome.ok(child[2]))
                    : children.stepResult(tx, childId, step).map(r -> r == null
                            ? Outcome.error("config", "return_step '" + step + "' of the child never ended ok", false)
                            : Outcome.ok(r[0])));
        });
    }

    private Uni<String> returnStep(SqlClient tx, ReportedCommand c) {
        return tx.preparedQuery("SELECT context->'tool'->'tasks'->0->>'return_step' AS s FROM noetl.command WHERE command_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(c.commandId())).map(rs -> rs.iterator().next().getString("s"));
    }

    private static Outcome coded(String kind, String message, long childId) {
        Map<String, Object> error = Outcome.errorMap(kind, message, false);
        error.put("code", Long.toString(childId));
        return new Outcome(Outcome.ERROR, null, error, Map.of());
    }

    private Uni<List<Long>> event(SqlClient tx, long catalogId, ReportedCommand c, Outcome o) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("attempt", c.attempt());
        meta.put("lease_token", c.leaseToken());
        return events.append(tx, List.of(new EventRepository.Row(null, c.executionId(), catalogId, null,
                o.isOk() ? "command.completed" : "command.failed", c.step(), c.toolKind(), o.isOk() ? "COMPLETED" : "FAILED",
                null, o.envelope(), o.isOk() ? null : String.valueOf(o.error().get("message")), meta, c.workerId(),
                c.commandId(), null)));
    }
}
