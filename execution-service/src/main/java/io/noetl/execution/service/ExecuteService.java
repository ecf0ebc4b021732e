package io.noetl.execution.service;

import io.noetl.execution.engine.Orchestrator;
import io.noetl.execution.engine.RunState;
import io.noetl.execution.model.ExecuteOutcome;
import io.noetl.execution.model.ExecuteRequest;
import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.model.NewExecution;
import io.noetl.execution.model.ResolvedPlaybook;
import io.noetl.execution.store.EventRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.execution.store.RunStateStore;
import io.noetl.platform.error.Conflict;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.error.ProblemCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts executions (architecture.md §5 step 1): the playbook comes from catalog-service first, then one
 * transaction inserts the execution, its first events, its step rows and the entry step's commands; workers
 * are woken after commit. A repeated idempotency key answers the first execution.
 */
@ApplicationScoped
public class ExecuteService {

    private final Pool pool;
    private final PlaybookSource playbooks;
    private final ExecutionRepository executions;
    private final EventRepository events;
    private final RunStateStore store;
    private final Orchestrator orchestrator;
    private final CommandNotifier notifier;
    private final ParentLinks parents;
    private final ExecutionMetrics metrics;

    public ExecuteService(Pool pool, PlaybookSource playbooks, ExecutionRepository executions, EventRepository events,
            RunStateStore store, Orchestrator orchestrator, CommandNotifier notifier, ParentLinks parents,
            ExecutionMetrics metrics) {
        this.metrics = metrics;
        this.pool = pool;
        this.playbooks = playbooks;
        this.executions = executions;
        this.events = events;
        this.store = store;
        this.orchestrator = orchestrator;
        this.notifier = notifier;
        this.parents = parents;
    }

    public Uni<ExecuteOutcome> execute(ExecuteRequest req) {
        Uni<ResolvedPlaybook> resolved = req.catalogId() != null ? playbooks.fresh(req.catalogId())
                : playbooks.byPath(req.path(), req.version() == null ? "latest" : req.version());
        return resolved.map(p -> executable(req, p))
                .chain(p -> parents.root(req.parentExecutionId()).chain(root -> pool.withTransaction(tx -> start(tx, req, p, root))))
                .invoke(this::count)
                .call(o -> o.commandsGenerated() > 0 ? notifier.notifyWork(o.executionId()) : Uni.createFrom().voidItem());
    }

    /** After commit; a repeat counts nothing. A run of inline steps only may end at once. */
    private void count(ExecuteOutcome o) {
        if (!o.created()) return;
        metrics.started();
        metrics.issued(o.commandsGenerated());
        if (RunState.COMPLETED.equals(o.executionStatus()) || RunState.FAILED.equals(o.executionStatus())
                || RunState.CANCELLED.equals(o.executionStatus())) {
            metrics.finished(o.executionStatus(), 1);
        }
    }

    private static ResolvedPlaybook executable(ExecuteRequest req, ResolvedPlaybook p) {
        if (req.path() != null && req.catalogId() != null && !req.path().equals(p.path())) {
            throw new Invalid("path and catalog_id name different playbooks.", List.of(FieldError.of("/path",
                    "catalog_id " + p.catalogId() + " is '" + p.path() + "', not '" + req.path() + "'")));
        }
        if (p.deleted()) throw new Conflict(ProblemCode.CATALOG_ENTRY_DELETED, "Catalog entry " + p.catalogId() + " was deleted.");
        if (p.playbook() == null) {
            throw new Invalid("Only playbooks can be executed.", List.of(FieldError.of("/catalog_id",
                    "'" + p.path() + "' is a " + p.kind() + ", not a playbook")));
        }
        return p;
    }

    private Uni<ExecuteOutcome> start(SqlClient tx, ExecuteRequest req, ResolvedPlaybook p, Long root) {
        Map<String, Object> workload = Workloads.merge(p.playbook().workload(), req.payload());
        NewExecution row = new NewExecution(p.catalogId(), p.path(), p.version(), req.parentExecutionId(), root,
                req.parentStep(), workload, req.trigger(), req.idempotencyKey());
        Uni<ExecutionRow> existing = req.idempotencyKey() == null ? Uni.createFrom().nullItem()
                : executions.byIdempotencyKey(tx, req.idempotencyKey());
        return existing.chain(e -> e != null ? Uni.createFrom().item(repeat(e, p))
                : executions.insert(tx, row).chain(id -> id == null
                        ? executions.byIdempotencyKey(tx, req.idempotencyKey()).map(again -> repeat(again, p))
                        : begin(tx, id, row, p)));
    }

    private Uni<ExecuteOutcome> begin(SqlClient tx, long id, NewExecution row, ResolvedPlaybook p) {
        return executions.lock(tx, id).chain(e -> store.load(tx, e, p.playbook())).chain(s -> {
            orchestrator.start(s);
            return events.append(tx, initialEvents(s, row, p)).chain(() -> store.apply(tx, s, true))
                    .map(n -> new ExecuteOutcome(id, s.status, true, p.catalogId(), p.path(), p.version(), n));
        });
    }

    private static ExecuteOutcome repeat(ExecutionRow e, ResolvedPlaybook p) {
        if (e.catalogId() != p.catalogId()) {
            throw new Conflict(ProblemCode.IDEMPOTENCY_CONFLICT, "The idempotency key was used to start another playbook.");
        }
        return new ExecuteOutcome(e.executionId(), e.status(), false, e.catalogId(), e.path(), e.version(), 0);
    }

    private static List<EventRepository.Row> initialEvents(RunState s, NewExecution row, ResolvedPlaybook p) {
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("workload", row.workload());
        init.put("playbook_path", p.path());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("trigger", row.trigger());
        meta.put("version", p.version());
        return List.of(
                new EventRepository.Row(null, s.executionId, s.catalogId, s.parentExecutionId, "playbook.initialized",
                        p.path(), "playbook", "RUNNING", null, init, null, meta, null, null, null),
                new EventRepository.Row(null, s.executionId, s.catalogId, s.parentExecutionId, "workflow.initialized",
                        "workflow", "workflow", "RUNNING", null,
                        Map.of("entry_steps", List.of(s.playbook.executor().entryStep())), null, null, null, null, null));
    }
}
