package io.noetl.playbook.validation;

import java.util.List;
import java.util.Map;

/**
 * A tool's {@code spec.policy} (dsl.md §7): rules whose {@code then} picks an action, with its parameters, and
 * the optional {@code on_unmatched}. Parameters that only one action reads are refused on the others, since an
 * {@code attempts} on a {@code continue} is a mistake the author would want to hear about.
 */
final class TaskPolicyRules {

    private static final FieldSet POLICY = FieldSet.of("task policy", "rules", "on_unmatched");
    private static final FieldSet THEN = FieldSet.of("policy action", "do", "attempts", "backoff", "delay",
            "max_delay", "to", "set");
    private static final List<String> ACTIONS = List.of("continue", "retry", "jump", "break", "fail");
    private static final List<String> RETRY_ONLY = List.of("attempts", "backoff", "delay", "max_delay");

    private final Context cx;
    private final Findings f;

    TaskPolicyRules(Context cx) {
        this.cx = cx;
        this.f = cx.findings();
    }

    void check(Object value, String path, ToolSite site) {
        Map<String, Object> policy = Types.map(f, value, path, "policy");
        if (policy == null) {
            return;
        }
        POLICY.check(policy, path, f);
        for (RuleLists.Then then : RuleLists.check(f, policy.get("rules"), path + "/rules", "task policy")) {
            then(then.then(), then.path(), site);
        }
        Object unmatched = policy.get("on_unmatched");
        if (unmatched instanceof Map<?, ?> action) {
            then(Index.mapOf(action), path + "/on_unmatched", site);
        } else if (unmatched != null) {
            Types.oneOf(f, unmatched, path + "/on_unmatched", "on_unmatched", List.of("continue", "retry", "break", "fail"));
        }
    }

    private void then(Map<String, Object> then, String path, ToolSite site) {
        THEN.check(then, path, f);
        if (then.get("do") == null) {
            f.error(Codes.MISSING_FIELD, path + "/do", "a policy action needs do: one of " + String.join(", ", ACTIONS));
        }
        String action = Types.oneOf(f, then.get("do"), path + "/do", "do", ACTIONS);
        for (String field : RETRY_ONLY) {
            if (then.get(field) != null && action != null && !action.equals("retry")) {
                f.error(Codes.INVALID_VALUE, path + "/" + field, field + " applies only to do: retry");
            }
        }
        Types.integer(f, then.get("attempts"), path + "/attempts", "attempts", 1, 100);
        Types.oneOf(f, then.get("backoff"), path + "/backoff", "backoff", List.of("none", "linear", "exponential"));
        for (String delay : List.of("delay", "max_delay")) {
            if (then.get(delay) != null) {
                Durations.check(f, then.get(delay), path + "/" + delay, delay);
            }
        }
        jump(then, path, action, site);
        if (then.get("set") != null) {
            SetKeys.check(f, then.get("set"), path + "/set", true);
        }
    }

    private void jump(Map<String, Object> then, String path, String action, ToolSite site) {
        if (!"jump".equals(action)) {
            if (then.get("to") != null && action != null) {
                f.error(Codes.INVALID_VALUE, path + "/to", "to applies only to do: jump");
            }
            return;
        }
        if (!site.pipeline()) {
            f.error(Codes.UNKNOWN_TASK, path + (then.get("to") == null ? "/do" : "/to"),
                    "jump goes to another task of a pipeline; a single tool has none");
            return;
        }
        if (then.get("to") == null) {
            f.error(Codes.MISSING_FIELD, path + "/to", "jump needs to: the name of a task of this pipeline");
            return;
        }
        String to = Types.text(f, then.get("to"), path + "/to", "to");
        if (to != null && !site.taskNames().contains(to)) {
            f.error(Codes.UNKNOWN_TASK, path + "/to", "jump target '" + to + "' is not a task of this pipeline"
                    + Suggestions.didYouMean(to, site.taskNames()) + " (tasks: " + String.join(", ", site.taskNames()) + ")");
        }
    }
}
