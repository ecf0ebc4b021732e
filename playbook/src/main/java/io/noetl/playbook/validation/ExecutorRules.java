package io.noetl.playbook.validation;

import java.util.Map;

/**
 * {@code executor} (dsl.md §2, §4.5): only {@code spec.entry_step}, {@code spec.final_step} and
 * {@code spec.no_next_is_error} mean something here; the upstream executor settings are accepted with a warning
 * so that upstream playbooks still register.
 */
final class ExecutorRules {

    private static final FieldSet EXECUTOR = FieldSet.of("executor", "spec")
            .ignored("profile", "upstream executor profiles do not apply here")
            .ignored("version", "upstream executor versions do not apply here")
            .ignored("requires", "upstream executor requirements do not apply here");
    private static final FieldSet SPEC = FieldSet.of("executor spec", "entry_step", "final_step", "no_next_is_error")
            .ignored("policy", "executor policies are not run; use step spec.policy and tool spec.policy");

    private final Findings f;
    private final Index index;

    ExecutorRules(Context cx) {
        this.f = cx.findings();
        this.index = cx.index();
    }

    void check() {
        Map<String, Object> executor = Types.map(f, index.root.get("executor"), "/executor", "executor");
        if (executor == null) {
            return;
        }
        EXECUTOR.check(executor, "/executor", f);
        Map<String, Object> spec = Types.map(f, executor.get("spec"), "/executor/spec", "executor.spec");
        if (spec == null) {
            return;
        }
        SPEC.check(spec, "/executor/spec", f);
        stepName(spec.get("entry_step"), "/executor/spec/entry_step", "entry_step");
        stepName(spec.get("final_step"), "/executor/spec/final_step", "final_step");
        Types.bool(f, spec.get("no_next_is_error"), "/executor/spec/no_next_is_error", "no_next_is_error");
    }

    private void stepName(Object value, String path, String what) {
        String name = Types.text(f, value, path, what);
        if (name != null && !index.isStep(name)) {
            f.error(Codes.UNKNOWN_STEP, path, what + " '" + name + "' is not a step of the workflow"
                    + Suggestions.didYouMean(name, index.stepIndex.keySet()));
        }
    }
}
