package io.noetl.execution.service;

import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.engine.Outcome;
import io.noetl.execution.model.BatchOutcome;
import io.noetl.execution.model.BatchReport;
import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.model.ReportedCommand;
import io.noetl.execution.model.ReportedEvent;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.EventRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.platform.error.Conflict;
import io.noetl.platform.error.NotFound;
import io.noetl.platform.error.ProblemCode;
import io.noetl.playbook.model.Playbook;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Worker reports (api.md §4.3, architecture.md §5 step 4). Checks in order: the execution exists, the report
 * is not a repeat, the lease is still held with this token, the execution is not over; then one transaction
 * appends the events, finishes the command and lets the orchestrator route. Workers are woken after commit.
 */
@ApplicationScoped
public class EventIntake {

    private final Pool pool;
    private final ExecutionRepository executions;
    private final CommandRepository commands;
    private final EventRepository events;
    private final CommandCompletion completion;
    private final PlaybookSource playbooks;
    private final CommandNotifier notifier;
    private final ReportedEvents reported;

    public EventIntake(Pool pool, ExecutionRepository executions, CommandRepository commands, EventRepository events,
            CommandCompletion completion, PlaybookSource playbooks, CommandNotifier notifier, ExecutionConfig config) {
        this.pool = pool;
        this.executions = executions;
        this.commands = commands;
        this.events = events;
        this.completion = completion;
        this.playbooks = playbooks;
        this.notifier = notifier;
        this.reported = new ReportedEvents(config.limits().resultBytes());
    }

    public Uni<BatchOutcome> report(BatchReport r) {
        // The playbook comes from catalog-service (usually the cache) before the transaction opens.
        // A plain read, not the row lock: outside a transaction FOR UPDATE only waited for whoever held the lock.
        return executions.catalogOf(pool, r.executionId())
                .onItem().ifNull().failWith(() -> new NotFound("No execution " + r.executionId() + "."))
                .chain(playbooks::cached)
                .chain(p -> pool.withTransaction(tx -> inTransaction(tx, r, p.playbook())))
                .call(o -> o.commandsGenerated() > 0 ? notifier.notifyWork(r.executionId()) : Uni.createFrom().voidItem())
                .invoke(o -> {
                    if (o.lateForTerminal()) throw alreadyTerminal(o.executionStatus());
                });
    }

    private Uni<BatchOutcome> inTransaction(SqlClient tx, BatchReport r, Playbook playbook) {
        return executions.lock(tx, r.executionId()).chain(e -> commands.forReport(tx, r.commandId()).chain(c -> {
            if (c == null || c.executionId() != r.executionId()) {
                throw new NotFound("No command " + r.commandId() + " in execution " + r.executionId() + ".");
            }
            int attempt = r.attempt() != null ? r.attempt() : c.attempt();
            return events.alreadyReported(tx, r.executionId(), r.commandId(), r.idempotencyKey(), attempt)
                    .chain(ids -> !ids.isEmpty() ? Uni.createFrom().item(new BatchOutcome(ids, 0, true, e.status(), false))
                            : fenced(tx, r, e, c, attempt, playbook));
        }));
    }

    private Uni<BatchOutcome> fenced(SqlClient tx, BatchReport r, ExecutionRow e, ReportedCommand c, int attempt, Playbook playbook) {
        boolean holds = c.leased() && (r.leaseToken() != null ? r.leaseToken() == c.leaseToken()
                : r.workerId() != null && r.workerId().equals(c.workerId()));
        if (!holds) throw new Conflict(ProblemCode.STALE_LEASE, "Command " + c.commandId() + " is not leased with this token any more.");
        if (e.terminal()) {
            ReportedEvent closed = new ReportedEvent("command.cancelled", c.step(), "CANCELLED", null, null,
                    "the execution is already " + e.status(), null, null);
            return append(tx, r, e, c, attempt, List.of(closed))
                    .call(() -> commands.finish(tx, c.commandId(), "CANCELLED", null, null))
                    .map(ids -> new BatchOutcome(ids, 0, false, e.status(), true));
        }
        List<ReportedEvent> batch = reported.capped(r.events(), c);
        ReportedEvent last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
        Uni<Void> running = batch.stream().anyMatch(ev -> !ev.terminal()) ? commands.markRunning(tx, c.commandId())
                : Uni.createFrom().voidItem();
        return running.chain(() -> append(tx, r, e, c, attempt, batch)).chain(ids -> last == null || !last.terminal()
                ? Uni.createFrom().item(new BatchOutcome(ids, 0, false, e.status(), false))
                : completion.finish(tx, e, playbook, c, last.defaultStatus(), Outcomes.of(last), Outcomes.ctxWrites(last))
                        .chain(n -> executions.lock(tx, e.executionId())
                                .map(after -> new BatchOutcome(ids, n, false, after.status(), false))));
    }

    private Uni<List<Long>> append(SqlClient tx, BatchReport r, ExecutionRow e, ReportedCommand c, int attempt,
            List<ReportedEvent> batch) {
        return events.append(tx, batch.stream().map(ev -> reported.row(ev, r, e, c, attempt)).toList());
    }

    private static Conflict alreadyTerminal(String status) {
        return new Conflict(ProblemCode.ALREADY_TERMINAL, "The execution is already " + status + ".") {
            @Override
            public java.util.Map<String, Object> extensions() {
                return java.util.Map.of("execution_status", status);
            }
        };
    }
}
