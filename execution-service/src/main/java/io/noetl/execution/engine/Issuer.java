package io.noetl.execution.engine;

import io.noetl.playbook.model.AdmitRule;
import io.noetl.playbook.model.Admission;
import io.noetl.playbook.model.Step;
import io.noetl.playbook.model.ToolKind;
import java.util.Map;

/**
 * Issues one run of a step (dsl.md §4.4–4.6, §8): the run limit, admission, then an inline result, a loop or a
 * command for the workers. Inline and refused runs reach their boundary through the pass's queue.
 */
final class Issuer {

    private final Pass p;

    Issuer(Pass p) {
        this.p = p;
    }

    void issue(String name, Map<String, Object> extra) {
        RunState s = p.s;
        StepRow row = s.row(name);
        Step step = s.step(name);
        if (s.totalRuns() >= p.limits.stepRuns()) {
            p.unhandled(name, Outcome.errorMap("run_limit", "the execution reached its limit of "
                    + p.limits.stepRuns() + " step runs at step '" + name + "'", false));
            return;
        }
        row.runCount++;
        row.status = StepRow.RUNNING;
        row.startedAt = s.now();
        row.endedAt = null;
        row.tokens.clear();
        row.loopTotal = row.loopDone = row.loopFailed = row.loopReleased = 0;
        row.touch();
        Map<String, Object> context = RenderContext.of(s);
        context.putAll(extra);
        Boolean allowed = admitted(step, context);
        if (allowed == null) return;
        if (!allowed) {
            row.status = StepRow.SKIPPED;
            p.event("step.skipped", name, "SKIPPED", null, null, Map.of("reason", "admission", "run", row.runCount));
            p.inline.add(new Pass.Pending(name, Outcome.skipped(), "step.skipped"));
        } else if (step.loop() != null) {
            new LoopStarter(p).start(step, row, context);
        } else if (inline(step)) {
            p.inline.add(new Pass.Pending(name, runInline(step, context, "step '" + name + "' at tool"), "call.done"));
        } else {
            s.effects.commands.add(CommandContext.command(p, step, row.runCount, null, context, false));
        }
    }

    /** True, false, or null when a rule failed to render (the run then ended with that error). */
    private Boolean admitted(Step step, Map<String, Object> context) {
        Admission admit = step.spec().admit();
        if (admit == null) return true;
        for (int i = 0; i < admit.rules().size(); i++) {
            AdmitRule rule = admit.rules().get(i);
            try {
                if (Truth.of(p.templates.render(rule.when(), context, "step '" + step.name() + "' at admit rule " + i))) {
                    return rule.allow();
                }
            } catch (RuntimeException e) {
                p.inline.add(new Pass.Pending(step.name(), Outcome.error("template", e.getMessage(), false), "call.error"));
                return null;
            }
        }
        return admit.otherwise() == null || admit.otherwise();
    }

    static boolean inline(Step step) {
        // A noop with output.select goes to a worker, where selection lives (one implementation, not two).
        return step.routing() || (step.tool().single() && step.tool().first().tool().kind() == ToolKind.NOOP
                && step.tool().first().tool().field("output").isEmpty());
    }

    /** A routing step yields null; a single noop its rendered args (dsl.md §6.1). */
    Outcome runInline(Step step, Map<String, Object> context, String where) {
        if (step.routing()) return Outcome.ok(null);
        Map<String, Object> args = step.tool().first().tool().args();
        if (args.isEmpty() && step.tool().first().tool().field("args").isEmpty()) return Outcome.ok(null);
        try {
            return Outcome.ok(p.templates.render(args, context, where + ".args"));
        } catch (RuntimeException e) {
            return Outcome.error("template", e.getMessage(), false);
        }
    }
}
