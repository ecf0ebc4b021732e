package io.noetl.worker.pipeline;

import io.noetl.playbook.template.TemplateEngine;
import io.noetl.playbook.template.Truthiness;
import java.util.List;
import java.util.Map;

/**
 * A task's {@code spec.policy} (dsl.md §7): the first rule whose {@code when} holds decides, {@code else} last;
 * with no match {@code on_unmatched} applies if given, else {@code continue} after ok and {@code fail} after an
 * error. Returns the chosen {@code then} map ({@code do}, {@code attempts}, {@code delay}, {@code to}, {@code set}).
 */
final class Policy {

    private Policy() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> decide(Map<String, Object> policy, boolean ok, Map<String, Object> context,
            TemplateEngine templates, String where) {
        List<Object> rules = policy == null || !(policy.get("rules") instanceof List<?> l) ? List.of() : (List<Object>) l;
        for (int i = 0; i < rules.size(); i++) {
            Map<String, Object> rule = (Map<String, Object>) rules.get(i);
            if (rule.get("else") instanceof Map<?, ?> otherwise) return then((Map<String, Object>) otherwise);
            Object when = rule.get("when");
            if (when == null || Truthiness.of(templates.render(when, context, where + ".spec.policy.rules[" + i + "].when"))) {
                return then(rule);
            }
        }
        Object unmatched = policy == null ? null : policy.get("on_unmatched");
        if (unmatched instanceof String action) return Map.of("do", action);
        if (unmatched instanceof Map<?, ?> action) return (Map<String, Object>) action;
        return Map.of("do", ok ? "continue" : "fail");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> then(Map<String, Object> rule) {
        return rule.get("then") instanceof Map<?, ?> t ? (Map<String, Object>) t : Map.of("do", "continue");
    }
}
