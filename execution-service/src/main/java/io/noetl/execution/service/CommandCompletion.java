package io.noetl.execution.service;

import io.noetl.execution.engine.LoopAggregate;
import io.noetl.execution.engine.Orchestrator;
import io.noetl.execution.engine.Outcome;
import io.noetl.execution.engine.RunState;
import io.noetl.execution.engine.StepRow;
import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.model.ReportedCommand;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.RunStateStore;
import io.noetl.playbook.model.Playbook;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * A command reached its end (a worker's terminal report, or lease expiry): the command row is finished and the
 * orchestrator moves the run on, all in the caller's transaction under the execution lock. Returns the number of
 * commands issued. A report of a run that is no longer the step's active run only finishes its command.
 */
@ApplicationScoped
public class CommandCompletion {

    private final CommandRepository commands;
    private final RunStateStore store;
    private final Orchestrator orchestrator;
    private final ExecutionMetrics metrics;

    public CommandCompletion(CommandRepository commands, RunStateStore store, Orchestrator orchestrator,
            ExecutionMetrics metrics) {
        this.commands = commands;
        this.store = store;
        this.orchestrator = orchestrator;
        this.metrics = metrics;
    }

    public Uni<Integer> finish(SqlClient tx, ExecutionRow e, Playbook playbook, ReportedCommand c, String status, Outcome outcome) {
        return finish(tx, e, playbook, c, status, outcome, Map.of());
    }

    /** With the {@code ctx} writes the command's task policies made (a worker's terminal event, {@code meta.ctx}). */
    public Uni<Integer> finish(SqlClient tx, ExecutionRow e, Playbook playbook, ReportedCommand c, String status, Outcome outcome,
            Map<String, Object> ctxWrites) {
        Map<String, Object> envelope = outcome.envelope();
        Uni<Boolean> finished = commands.finish(tx, c.commandId(), status, envelope, outcome.error());
        if (playbook == null) return finished.replaceWith(0);   // nothing to route by: the outcome is recorded
        return finished
                .chain(() -> store.load(tx, e, playbook))
                .chain(s -> moveOn(tx, s, c, outcome, ctxWrites));
    }

    private Uni<Integer> moveOn(SqlClient tx, RunState s, ReportedCommand c, Outcome outcome, Map<String, Object> ctxWrites) {
        boolean wasTerminal = s.terminal();
        return route(tx, s, c, outcome, ctxWrites).chain(() -> store.apply(tx, s, false)).invoke(n -> count(tx, s, wasTerminal, n));
    }

    /** Every path where a run moves on ends here, inside its caller's transaction: count once that commits. */
    private void count(SqlClient tx, RunState s, boolean wasTerminal, int issued) {
        String ended = !wasTerminal && s.terminal() ? s.status : null;
        if (issued == 0 && ended == null) return;
        metrics.afterCommit(tx, () -> {
            metrics.issued(issued);
            if (ended != null) metrics.finished(ended, 1);
        });
    }

    private Uni<Void> route(SqlClient tx, RunState s, ReportedCommand c, Outcome outcome, Map<String, Object> ctxWrites) {
        StepRow row = s.row(c.step());
        if (s.terminal() || row == null || !row.active() || c.run() == null || row.runCount != c.run()) {
            return Uni.createFrom().voidItem();
        }
        if (c.loopIndex() == null) {
            orchestrator.runFinished(s, c.step(), outcome, ctxWrites);
            return Uni.createFrom().voidItem();
        }
        if (!orchestrator.iterationFinished(s, c.step(), outcome, ctxWrites)) return Uni.createFrom().voidItem();
        return commands.iterations(tx, s.executionId, c.step(), c.run()).invoke(rows -> {
            List<LoopAggregate.Iteration> done = rows.stream().map(CommandCompletion::iteration).toList();
            orchestrator.loopFinished(s, c.step(), done);
        }).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    private static LoopAggregate.Iteration iteration(CommandRepository.IterationRow r) {
        Map<String, Object> env = r.result() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Outcome o = "COMPLETED".equals(r.status()) ? Outcome.ok(env.get("data"))
                : new Outcome(Outcome.ERROR, env.get("data"), r.error(), Map.of());
        return new LoopAggregate.Iteration(r.index(), o);
    }
}
