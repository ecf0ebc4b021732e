package io.noetl.playbook.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task policy with its {@code delay} and {@code max_delay} in seconds; everything else as written (dsl.md §7). */
final class PolicyNormalizer {

    private PolicyNormalizer() {
    }

    static Map<String, Object> policy(Map<String, Object> policy) {
        Map<String, Object> out = new LinkedHashMap<>(policy);
        if (policy.get("rules") != null) {
            List<Object> rules = new ArrayList<>();
            for (Object rule : Index.listAt(policy.get("rules"))) {
                rules.add(rule(Index.mapOf(rule)));
            }
            out.put("rules", rules);
        }
        if (policy.get("on_unmatched") instanceof Map<?, ?> action) {
            out.put("on_unmatched", then(Index.mapOf(action)));
        }
        return out;
    }

    private static Map<String, Object> rule(Map<String, Object> rule) {
        Map<String, Object> out = new LinkedHashMap<>(rule);
        if (rule.get("else") != null) {
            out.put("else", rule(Index.mapOf(rule.get("else"))));
        }
        if (rule.get("then") != null) {
            out.put("then", then(Index.mapOf(rule.get("then"))));
        }
        return out;
    }

    private static Map<String, Object> then(Map<String, Object> then) {
        Map<String, Object> out = new LinkedHashMap<>(then);
        for (String delay : List.of("delay", "max_delay")) {
            if (then.get(delay) != null) {
                out.put(delay, Durations.normalized(then.get(delay)));
            }
        }
        return out;
    }
}
