package io.noetl.execution.engine;

import io.noetl.playbook.template.TemplateEngine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One orchestration pass over one execution, inside one transaction. Inline runs (routing steps, single
 * {@code noop} tools, admission skips) end at once; their boundaries queue here and are processed in issue
 * order after the arrivals of the current boundary were delivered (dsl.md §6.1).
 */
final class Pass {

    record Pending(String step, Outcome outcome, String eventName) {
    }

    final RunState s;
    final TemplateEngine templates;
    final EngineLimits limits;
    final Deque<Pending> inline = new ArrayDeque<>();
    final Issuer issuer;
    final Boundary boundary;
    final Arrivals arrivals;

    Pass(RunState s, TemplateEngine templates, EngineLimits limits) {
        this.s = s;
        this.templates = templates;
        this.limits = limits;
        this.issuer = new Issuer(this);
        this.boundary = new Boundary(this);
        this.arrivals = new Arrivals(this);
    }

    /** Processes queued inline boundaries and waiting joins until nothing changes, then checks completion. */
    void settle() {
        do {
            while (!inline.isEmpty()) {
                Pending p = inline.poll();
                boundary.process(p.step(), p.outcome(), p.eventName());
            }
            arrivals.fireReadyJoins();
        } while (!inline.isEmpty());
        new Completion(this).check();
    }

    /** Processes queued inline boundaries only (the final step, which has no arcs). */
    void settleInlineOnly() {
        while (!inline.isEmpty()) {
            Pending pending = inline.poll();
            boundary.process(pending.step(), pending.outcome(), pending.eventName());
        }
    }

    /** The first unhandled failure ends routing: nothing new is issued, open work is cancelled (dsl.md §4.3). */
    void unhandled(String step, Map<String, Object> error) {
        if (s.failure == null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", error == null ? "error" : error.get("kind"));
            f.put("message", error == null ? null : error.get("message"));
            f.put("step", step);
            s.failure = f;
            s.executionDirty = true;
        }
        stopOpenWork(StepRow.CANCELLED);
    }

    /** Cancels queued work; runs with a command on a worker stay active until the worker reports. */
    void stopOpenWork(String endStatus) {
        s.effects.cancelOpenCommands = true;
        for (StepRow row : s.steps.values()) {
            if (row.active() && s.runningCommands.getOrDefault(row.name, 0) == 0) {
                row.status = endStatus;
                row.endedAt = s.now();
                row.touch();
            }
        }
        s.steps.values().forEach(row -> {
            if (!row.tokens.isEmpty()) {
                row.tokens.clear();
                row.touch();
            }
        });
    }

    void event(String type, String step, String status, Object result, String error, Map<String, Object> meta) {
        String nodeType = type.startsWith("workflow.") ? "workflow" : type.startsWith("playbook.") ? "playbook"
                : s.playbook.step(step).map(Pass::kindOf).orElse("workflow");
        s.effects.events.add(new Effects.NewEvent(type, step, nodeType, status, null, result, error,
                meta == null ? Map.of() : meta, null, null));
    }

    static String kindOf(io.noetl.playbook.model.Step step) {
        if (step.routing()) return "noop";
        return step.tool().single() ? step.tool().first().tool().kind().name().toLowerCase() : "pipeline";
    }
}
