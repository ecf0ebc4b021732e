package io.noetl.execution.service;

import io.noetl.execution.engine.Orchestrator;
import io.noetl.execution.engine.Outcome;
import io.noetl.execution.engine.StepRow;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.DeadlineRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.execution.store.RunStateStore;
import io.noetl.playbook.model.Step;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code spec.policy.lifecycle.deadline_s} (dsl.md §3): a run still active past its deadline, counted from its
 * issue (queueing and every loop iteration included), ends with kind {@code timeout}; its queued commands are
 * cancelled and running ones asked to stop, and the error is routed like any other. Safe on several replicas:
 * the run is re-checked under the execution lock.
 */
@ApplicationScoped
public class StepDeadlines {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(StepDeadlines.class);

    private final Pool pool;
    private final DeadlineRepository runs;
    private final ExecutionRepository executions;
    private final CommandRepository commands;
    private final RunStateStore store;
    private final PlaybookSource playbooks;
    private final Orchestrator orchestrator;

    public StepDeadlines(Pool pool, DeadlineRepository runs, ExecutionRepository executions, CommandRepository commands,
            RunStateStore store, PlaybookSource playbooks, Orchestrator orchestrator) {
        this.pool = pool;
        this.runs = runs;
        this.executions = executions;
        this.commands = commands;
        this.store = store;
        this.playbooks = playbooks;
        this.orchestrator = orchestrator;
    }

    @Scheduled(every = "2s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runOnce().onFailure().invoke(e -> LOG.warnf("deadline pass failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Ends the runs past their deadline; returns how many. */
    public Uni<Integer> runOnce() {
        return runs.olderThan(pool, 1.0, BATCH).chain(active -> Multi.createFrom().iterable(active).onItem()
                .transformToUniAndConcatenate(this::check).collect().asList()
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count()));
    }

    private Uni<Boolean> check(DeadlineRepository.ActiveRun r) {
        return playbooks.cached(r.catalogId()).chain(p -> {
            Step step = p.playbook() == null ? null : p.playbook().step(r.step()).orElse(null);
            Duration deadline = step == null ? null : step.spec().deadline();
            if (deadline == null || r.ageSeconds() * 1000 < deadline.toMillis()) return Uni.createFrom().item(false);
            Outcome outcome = Outcome.error("timeout", "step '" + r.step() + "' passed its deadline of "
                    + deadline.toMillis() / 1000.0 + " s", false);
            return pool.withTransaction(tx -> executions.lock(tx, r.executionId()).chain(e -> e == null || e.terminal()
                    ? Uni.createFrom().item(false)
                    : store.load(tx, e, p.playbook()).chain(s -> {
                        StepRow row = s.row(r.step());
                        if (row == null || !row.active() || row.runCount != r.run()) return Uni.createFrom().item(false);
                        orchestrator.runFinished(s, r.step(), outcome);
                        return commands.stopStep(tx, r.executionId(), r.step(), r.run())
                                .chain(() -> store.apply(tx, s, false)).replaceWith(true);
                    })));
        });
    }
}
