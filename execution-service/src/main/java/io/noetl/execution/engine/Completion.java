package io.noetl.execution.engine;

import io.noetl.playbook.model.Step;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The completion check of dsl.md §4.5, after every boundary: once nothing runs and no join holds tokens, the
 * final step runs (once, with {@code workflow.*}), then the execution ends COMPLETED or FAILED with its
 * {@code workflow.*} and {@code playbook.*} events in the same transaction.
 */
final class Completion {

    private final Pass p;

    Completion(Pass p) {
        this.p = p;
    }

    void check() {
        RunState s = p.s;
        while (!s.terminal() && !s.cancelRequested && quiescent()) {
            Optional<Step> fin = s.playbook.finalStep();
            if (fin.isPresent() && s.row(fin.get().name()).runCount == 0) {
                p.issuer.issue(fin.get().name(), Map.of("workflow", workflowVars()));
                p.settleInlineOnly();
                // the run limit refuses the final step without a run: end now, or this loop would never stop
                if (s.row(fin.get().name()).runCount > 0) continue;
            }
            StepRow finRow = fin.map(f -> s.row(f.name())).orElse(null);
            // a final step skipped by its admission is not a failed one (dsl.md §4.5 fails on a *failed* final step)
            boolean ok = s.failure == null && (finRow == null || !StepRow.FAILED.equals(finRow.status));
            end(ok, finRow);
        }
    }

    private boolean quiescent() {
        return p.s.steps.values().stream().noneMatch(r -> r.active() || !r.tokens.isEmpty());
    }

    private void end(boolean ok, StepRow finRow) {
        RunState s = p.s;
        s.status = ok ? RunState.COMPLETED : RunState.FAILED;
        s.executionDirty = true;
        // dsl.md §4.5 defines the result whatever the status: a FAILED execution keeps its last ok result too
        s.result = finRow != null && StepRow.COMPLETED.equals(finRow.status) ? finRow.result : s.steps.values().stream()
                .filter(r -> StepRow.COMPLETED.equals(r.status) && r.hasOkResult && r.endedAt != null)
                .max(Comparator.comparing(r -> r.endedAt)).map(r -> r.result).orElse(null);
        if (ok) {
            p.event("workflow.completed", "workflow", "COMPLETED", s.result, null, Map.of());
            p.event("playbook.completed", s.playbook.metadata().path(), "COMPLETED", s.result, null, Map.of());
        } else {
            if (s.failure == null && finRow != null) s.failure = withStep(finRow.error, finRow.name);
            String message = s.failure == null ? null : String.valueOf(s.failure.get("message"));
            p.event("workflow.failed", "workflow", "FAILED", null, message, Map.of("error", s.failure));
            p.event("playbook.failed", s.playbook.metadata().path(), "FAILED", null, message, Map.of("error", s.failure));
        }
    }

    private Map<String, Object> workflowVars() {
        RunState s = p.s;
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("status", s.failure == null ? "ok" : "error");
        w.put("error", s.failure);
        List<String> failed = s.steps.values().stream().filter(r -> StepRow.FAILED.equals(r.status)).map(r -> r.name).toList();
        w.put("failed_steps", failed);
        return w;
    }

    private static Map<String, Object> withStep(Map<String, Object> error, String step) {
        Map<String, Object> e = new LinkedHashMap<>(error == null ? Map.of("kind", "error") : error);
        e.put("step", step);
        return e;
    }
}
