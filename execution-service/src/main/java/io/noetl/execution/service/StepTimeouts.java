package io.noetl.execution.service;

import io.noetl.execution.engine.Effects;
import io.noetl.execution.engine.Outcome;
import io.noetl.execution.store.ChildRepository;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.EventRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.execution.store.TimeoutRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The orchestrator's backstop for step timeouts (dsl.md §4.7): a command still running {@code GRACE} seconds
 * after its step's limit fails with kind {@code timeout}, not retryable, routed like any error; a sub-playbook
 * call also cancels its child. The fence is the command's status under the execution lock, so replicas may
 * run this concurrently.
 */
@ApplicationScoped
public class StepTimeouts {

    static final double GRACE = 5.0;
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(StepTimeouts.class);

    private final Pool pool;
    private final TimeoutRepository timeouts;
    private final ExecutionRepository executions;
    private final CommandRepository commands;
    private final EventRepository events;
    private final PlaybookSource playbooks;
    private final CommandCompletion completion;
    private final CancelService cancels;
    private final ChildRepository children;

    public StepTimeouts(Pool pool, TimeoutRepository timeouts, ExecutionRepository executions, CommandRepository commands,
            EventRepository events, PlaybookSource playbooks, CommandCompletion completion, CancelService cancels,
            ChildRepository children) {
        this.children = children;
        this.pool = pool;
        this.timeouts = timeouts;
        this.executions = executions;
        this.commands = commands;
        this.events = events;
        this.playbooks = playbooks;
        this.completion = completion;
        this.cancels = cancels;
    }

    @Scheduled(every = "2s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runOnce().onFailure().invoke(e -> LOG.warnf("step timeout pass failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public Uni<Integer> runOnce() {
        return timeouts.overdue(pool, GRACE, BATCH).chain(list -> Multi.createFrom().iterable(list).onItem()
                .transformToUniAndConcatenate(this::expire).collect().asList().map(List::size));
    }

    private Uni<Boolean> expire(TimeoutRepository.Overdue o) {
        Outcome outcome = Outcome.error("timeout", "the step ran longer than its timeout of " + o.timeoutSeconds() + " s", false);
        // The run fails with timeout first, then its child (if any) is cancelled, so the outcome says timeout.
        return executions.catalogOf(pool, o.executionId()).chain(playbooks::cached).chain(p ->
                pool.withTransaction(tx -> executions.lock(tx, o.executionId()).chain(e -> commands.forReport(tx, o.commandId())
                        .chain(c -> c == null || !c.leased() || e.terminal() ? Uni.createFrom().item(false)
                                : events.append(tx, List.of(new EventRepository.Row(null, e.executionId(), e.catalogId(),
                                        e.parentExecutionId(), "command.failed", c.step(), c.toolKind(), "FAILED", null,
                                        Map.of("error", outcome.error()), String.valueOf(outcome.error().get("message")),
                                        Map.of("attempt", c.attempt(), "reason", "timeout"), c.workerId(), c.commandId(), null)))
                                        .chain(() -> completion.finish(tx, e, p.playbook(), c, "FAILED", outcome))
                                        .replaceWith(true)))))
                .call(done -> done && Effects.ORCHESTRATOR_POOL.equals(o.pool()) ? childOf(o.commandId()) : Uni.createFrom().voidItem());
    }

    /** A sub-playbook call that timed out cancels its child first (dsl.md §9). */
    private Uni<Void> childOf(long commandId) {
        return pool.withConnection(c -> children.child(c, commandId)).chain(child -> child == null
                ? Uni.createFrom().voidItem()
                : cancels.cancel((Long) child[0], "the calling step timed out", true).replaceWithVoid());
    }
}
