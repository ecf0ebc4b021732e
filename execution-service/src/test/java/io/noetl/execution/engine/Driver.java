package io.noetl.execution.engine;

import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.template.TemplateEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the {@link Orchestrator} the way execution-service does: every call gets a fresh {@link RunState}
 * copied from the previous one (as the store reloads the rows under the execution lock), so {@link #last()}
 * holds exactly the effects of the latest call, while {@link #events} and {@link #commands} collect all of them.
 * A report for a step whose run is not active, or after the execution ended, is ignored as CommandCompletion does.
 */
final class Driver {

    static final EngineLimits LIMITS = new EngineLimits(10_000, 3, 1 << 20);

    final Orchestrator engine;
    RunState s;
    final List<Effects.NewEvent> events = new ArrayList<>();
    final List<Effects.NewCommand> commands = new ArrayList<>();
    /** Commands on workers per step, handed to each state as {@link RunState#runningCommands}. */
    final Map<String, Integer> leased = new LinkedHashMap<>();
    private final Map<String, List<LoopAggregate.Iteration>> iterations = new LinkedHashMap<>();

    Driver(Playbook playbook, Map<String, Object> workload, EngineLimits limits) {
        this.engine = new Orchestrator(new TemplateEngine(), limits);
        Map<String, Object> merged = new LinkedHashMap<>(playbook.workload());
        merged.putAll(workload);
        this.s = new RunState(7L, 3L, null, 7L, playbook, merged, new LinkedHashMap<>(), RunState.PENDING);
    }

    static Driver of(String yaml) {
        return new Driver(Playbooks.of(yaml), Map.of(), LIMITS);
    }

    static Driver of(String yaml, Map<String, Object> workload) {
        return new Driver(Playbooks.of(yaml), workload, LIMITS);
    }

    static Driver started(String yaml) {
        return of(yaml).start();
    }

    Driver start() {
        engine.start(s);
        return collect();
    }

    Driver ok(String step, Object data) {
        return finished(step, Outcome.ok(data));
    }

    Driver error(String step, String kind) {
        return finished(step, Outcome.error(kind, step + " broke", false));
    }

    Driver finished(String step, Outcome outcome) {
        reload();
        if (reportable(step)) {
            commandEnded(step);
            engine.runFinished(s, step, outcome);
        }
        return collect();
    }

    /** A worker report whose task policies wrote {@code ctx} (dsl.md §7). */
    Driver finishedWithCtx(String step, Outcome outcome, Map<String, Object> ctxWrites) {
        reload();
        if (reportable(step)) {
            commandEnded(step);
            engine.runFinished(s, step, outcome, ctxWrites);
        }
        return collect();
    }

    /** One iteration reported; when the engine says the loop is done, the finished iterations are aggregated. */
    Driver iteration(String step, int index, Outcome outcome) {
        reload();
        if (reportable(step)) {
            commandEnded(step);
            String key = step + "#" + s.row(step).runCount;
            iterations.computeIfAbsent(key, k -> new ArrayList<>()).add(new LoopAggregate.Iteration(index, outcome));
            if (engine.iterationFinished(s, step, outcome)) engine.loopFinished(s, step, List.copyOf(iterations.get(key)));
        }
        return collect();
    }

    Driver cancel(String reason) {
        reload();
        engine.cancel(s, reason, Map.of("reason", reason));
        return collect();
    }

    /** Marks {@code n} commands of the step as leased by a worker (they survive a cancellation until reported). */
    Driver leased(String step, int n) {
        leased.put(step, n);
        return this;
    }

    Effects last() {
        return s.effects;
    }

    StepRow row(String step) {
        return s.row(step);
    }

    List<String> eventTypes() {
        return events.stream().map(e -> e.type() + ":" + e.nodeName()).toList();
    }

    List<String> issued() {
        return commands.stream().map(c -> c.step() + (c.loopIndex() == null ? "" : "[" + c.loopIndex() + "]")
                + (c.held() ? " held" : "")).toList();
    }

    Map<String, Object> stepExitMeta(String step) {
        return events.stream().filter(e -> e.type().equals("step.exit") && e.nodeName().equals(step))
                .reduce((a, b) -> b).orElseThrow().meta();
    }

    /** The reporting command is finished before the state is loaded, so it no longer counts as running. */
    private void commandEnded(String step) {
        leased.computeIfPresent(step, (k, n) -> n > 1 ? n - 1 : null);
        s.runningCommands.clear();
        s.runningCommands.putAll(leased);
    }

    private boolean reportable(String step) {
        return !s.terminal() && s.row(step) != null && s.row(step).active();
    }

    private Driver collect() {
        events.addAll(s.effects.events);
        commands.addAll(s.effects.commands);
        return this;
    }

    /** A fresh state with the rows as the store would load them. */
    private void reload() {
        RunState old = s;
        RunState next = new RunState(old.executionId, old.catalogId, old.parentExecutionId, old.rootExecutionId,
                old.playbook, old.workload, old.ctx, old.status);
        next.result = old.result;
        next.failure = old.failure;
        next.cancelRequested = old.cancelRequested;
        old.steps.forEach((name, r) -> copy(r, next.row(name)));
        next.runningCommands.putAll(leased);
        s = next;
    }

    private static void copy(StepRow from, StepRow to) {
        to.status = from.status;
        to.runCount = from.runCount;
        to.tokens.addAll(from.tokens);
        to.loopTotal = from.loopTotal;
        to.loopDone = from.loopDone;
        to.loopFailed = from.loopFailed;
        to.loopReleased = from.loopReleased;
        to.loopMaxInFlight = from.loopMaxInFlight;
        to.result = from.result;
        to.error = from.error;
        to.startedAt = from.startedAt;
        to.endedAt = from.endedAt;
        to.hasOkResult = from.hasOkResult;
    }
}
