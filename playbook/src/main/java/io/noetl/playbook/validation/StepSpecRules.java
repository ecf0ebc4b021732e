package io.noetl.playbook.validation;

import java.util.List;
import java.util.Map;

/**
 * A step's {@code spec} (dsl.md §3): {@code timeout}, {@code join}, and {@code policy} with admission
 * ({@link AdmitRules}), {@code lifecycle} and the upstream {@code failure} alias of {@code loop.spec.failure}.
 * Aliases given together with what they stand for are refused rather than silently ranked.
 */
final class StepSpecRules {

    private static final FieldSet SPEC = FieldSet.of("step spec", "timeout", "join", "policy");
    private static final FieldSet POLICY = FieldSet.of("step policy", "admit", "lifecycle", "failure");
    private static final FieldSet LIFECYCLE = FieldSet.of("lifecycle policy", "timeout_s", "deadline_s");
    private static final FieldSet FAILURE = FieldSet.of("failure policy", "mode");

    private final Findings f;

    StepSpecRules(Findings f) {
        this.f = f;
    }

    void check(Object value, String path, Object loop) {
        Map<String, Object> spec = Types.map(f, value, path, "spec");
        if (spec == null) {
            return;
        }
        SPEC.check(spec, path, f);
        duration(spec.get("timeout"), path + "/timeout", "timeout");
        Types.oneOf(f, spec.get("join"), path + "/join", "join", List.of("any", "all"));
        Map<String, Object> policy = Types.map(f, spec.get("policy"), path + "/policy", "spec.policy");
        if (policy != null) {
            POLICY.check(policy, path + "/policy", f);
            new AdmitRules(f).check(policy.get("admit"), path + "/policy/admit");
            lifecycle(policy.get("lifecycle"), path + "/policy/lifecycle", spec.get("timeout") != null);
            failure(policy.get("failure"), path + "/policy/failure", loop);
        }
    }

    private void lifecycle(Object value, String path, boolean timeoutGiven) {
        Map<String, Object> lifecycle = Types.map(f, value, path, "lifecycle");
        if (lifecycle == null) {
            return;
        }
        LIFECYCLE.check(lifecycle, path, f);
        duration(lifecycle.get("timeout_s"), path + "/timeout_s", "timeout_s");
        duration(lifecycle.get("deadline_s"), path + "/deadline_s", "deadline_s");
        if (timeoutGiven && lifecycle.get("timeout_s") != null) {
            f.error(Codes.INVALID_VALUE, path + "/timeout_s", "timeout_s is the upstream name of spec.timeout; give one of them");
        }
    }

    private void failure(Object value, String path, Object loop) {
        Map<String, Object> failure = Types.map(f, value, path, "failure");
        if (failure == null) {
            return;
        }
        FAILURE.check(failure, path, f);
        Types.oneOf(f, failure.get("mode"), path + "/mode", "failure mode", List.of("fail_fast", "best_effort"));
        if (loop instanceof Map<?, ?> l && l.get("spec") instanceof Map<?, ?> s && s.get("failure") != null) {
            f.error(Codes.INVALID_VALUE, path, "policy.failure is the upstream name of loop.spec.failure; give one of them");
        }
    }

    private void duration(Object value, String path, String what) {
        if (value != null) {
            Durations.check(f, value, path, what);
        }
    }
}
