package io.noetl.execution.store;

import io.noetl.execution.engine.Effects;
import io.noetl.execution.engine.RunState;
import io.noetl.execution.model.ExecutionRow;
import io.noetl.playbook.model.Playbook;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads an execution's {@link RunState} under its row lock and writes back what the orchestrator decided, all in
 * the caller's transaction. Queued work is cancelled before new commands are inserted, so a final step issued
 * after an unhandled failure survives the cancellation of the rest.
 */
@ApplicationScoped
public class RunStateStore {

    private final ExecutionRepository executions;
    private final StepStateRepository steps;
    private final CommandRepository commands;
    private final EventRepository events;

    public RunStateStore(ExecutionRepository executions, StepStateRepository steps, CommandRepository commands,
            EventRepository events) {
        this.executions = executions;
        this.steps = steps;
        this.commands = commands;
        this.events = events;
    }

    /** A state built from a locked execution row; the caller has already locked it. */
    public Uni<RunState> load(SqlClient tx, ExecutionRow e, Playbook playbook) {
        RunState s = new RunState(e.executionId(), e.catalogId(), e.parentExecutionId(), e.rootExecutionId(), playbook,
                e.workload(), e.ctx() == null ? new LinkedHashMap<>() : e.ctx(), e.status());
        s.result = e.result();
        s.failure = e.error();
        s.cancelRequested = e.cancelRequested();
        return steps.load(tx, s).chain(() -> commands.runningByStep(tx, s.executionId)).map(running -> {
            s.runningCommands.putAll(running);
            return s;
        });
    }

    /** Writes the effects; returns how many commands were issued. */
    public Uni<Integer> apply(SqlClient tx, RunState s, boolean allSteps) {
        Effects fx = s.effects;
        Uni<Void> cancel = fx.cancelOpenCommands ? commands.cancelOpen(tx, s.executionId).replaceWithVoid()
                : Uni.createFrom().voidItem();
        return cancel
                .chain(() -> each(fx.cancelHeld, c -> commands.cancelHeld(tx, s.executionId, c)))
                .chain(() -> each(fx.releases, r -> commands.release(tx, s.executionId, r)))
                .chain(() -> commands.insert(tx, s.executionId, s.catalogId, fx.commands))
                .chain(ids -> events.append(tx, rows(s, ids)).replaceWith(ids.size()))
                .call(() -> steps.save(tx, s, allSteps))
                .call(() -> s.executionDirty ? executions.update(tx, s.executionId, s.status, s.ctx, s.result, s.failure,
                        s.cancelRequested) : Uni.createFrom().voidItem());
    }

    private List<EventRepository.Row> rows(RunState s, List<Long> commandIds) {
        List<EventRepository.Row> rows = new ArrayList<>();
        for (Effects.NewEvent e : s.effects.events) {
            rows.add(new EventRepository.Row(null, s.executionId, s.catalogId, s.parentExecutionId, e.type(), e.nodeName(),
                    e.nodeType(), e.status(), e.context(), e.result(), e.error(), e.meta(), null, e.commandId(), null));
        }
        for (int i = 0; i < commandIds.size(); i++) {
            Effects.NewCommand c = s.effects.commands.get(i);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("attempt", 0);
            meta.put("max_attempts", c.maxAttempts());
            meta.put("loop_index", c.loopIndex());
            meta.put("run", c.run());
            meta.put("held", c.held());
            meta.put("pool", c.pool());
            rows.add(new EventRepository.Row(commandIds.get(i), s.executionId, s.catalogId, s.parentExecutionId,
                    "command.issued", c.step(), c.toolKind(), "PENDING", c.context().get("tool"), null, null, meta, null,
                    commandIds.get(i), null));
        }
        return rows;
    }

    private static <T> Uni<Void> each(List<T> items, java.util.function.Function<T, Uni<Void>> op) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) chain = chain.chain(() -> op.apply(item));
        return chain;
    }
}
