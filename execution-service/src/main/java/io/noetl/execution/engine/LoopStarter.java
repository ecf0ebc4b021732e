package io.noetl.execution.engine;

import io.noetl.playbook.model.LoopSpec;
import io.noetl.playbook.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a loop run (dsl.md §8): renders {@code in}, checks its size, and either runs every iteration inline
 * (routing or single {@code noop} steps) or creates one command per item, the first {@code max_in_flight} due
 * at once and the others held until earlier iterations finish.
 */
final class LoopStarter {

    private final Pass p;

    LoopStarter(Pass p) {
        this.p = p;
    }

    void start(Step step, StepRow row, Map<String, Object> context) {
        String where = "step '" + step.name() + "' at loop";
        List<Object> items;
        int maxInFlight;
        try {
            Object rendered = p.templates.render(step.loop().in(), context, where + ".in");
            items = CommandContext.list(rendered);
            if (items == null) {
                fail(step, "loop_input", where + ".in must give a list, not " + describe(rendered));
                return;
            }
            maxInFlight = maxInFlight(step.loop().spec(), context, where);
        } catch (RuntimeException e) {
            fail(step, "template", e.getMessage());
            return;
        }
        if (items.size() > EngineLimits.LOOP_MAX) {
            fail(step, "loop_too_large", where + ".in has " + items.size() + " items; the limit is " + EngineLimits.LOOP_MAX);
            return;
        }
        if (step.loop().spec().collect() && items.size() > EngineLimits.LOOP_COLLECT_MAX) {
            fail(step, "loop_result_too_large", where + ".in has " + items.size() + " items, over the "
                    + EngineLimits.LOOP_COLLECT_MAX + " a collected loop allows; set collect: false and write the results to a table");
            return;
        }
        row.loopTotal = items.size();
        row.loopMaxInFlight = maxInFlight;
        if (items.isEmpty() || Issuer.inline(step)) {
            runInline(step, row, items, context);
            return;
        }
        row.loopReleased = Math.min(maxInFlight, items.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> c = RenderContext.forIteration(context, step.loop().iterator(), items.get(i), i, items.size());
            p.s.effects.commands.add(CommandContext.command(p, step, row.runCount, i, c, i >= maxInFlight));
        }
    }

    private void runInline(Step step, StepRow row, List<Object> items, Map<String, Object> context) {
        List<LoopAggregate.Iteration> done = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> c = RenderContext.forIteration(context, step.loop().iterator(), items.get(i), i, items.size());
            Outcome o = p.issuer.runInline(step, c, "step '" + step.name() + "' iteration " + i + " at tool");
            done.add(new LoopAggregate.Iteration(i, o));
            if (o.isError() && step.loop().spec().failure() == LoopSpec.Failure.FAIL_FAST) break;
        }
        row.loopDone = done.size();
        row.loopFailed = (int) done.stream().filter(d -> d.outcome().isError()).count();
        p.inline.add(new Pass.Pending(step.name(), LoopAggregate.outcome(step, items.size(), done), "loop.done"));
    }

    private int maxInFlight(LoopSpec spec, Map<String, Object> context, String where) {
        if (spec.mode() == LoopSpec.Mode.SEQUENTIAL) return 1;
        Object value = spec.maxInFlight() instanceof String t ? p.templates.render(t, context, where + ".spec.max_in_flight")
                : spec.maxInFlight();
        int n = value instanceof Number num ? num.intValue() : EngineLimits.MAX_IN_FLIGHT_DEFAULT;
        if (value instanceof String text && text.trim().matches("\\d+")) n = Integer.parseInt(text.trim());
        return Math.max(1, Math.min(n, EngineLimits.MAX_IN_FLIGHT_MAX));
    }

    private void fail(Step step, String kind, String message) {
        p.inline.add(new Pass.Pending(step.name(), Outcome.error(kind, message, false), "loop.done"));
    }

    private static String describe(Object v) {
        return v == null ? "null" : v instanceof Map ? "a map" : v instanceof String ? "text" : v.getClass().getSimpleName().toLowerCase();
    }
}
