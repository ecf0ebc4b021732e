package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule lists shared by admission (dsl.md §4.6) and task policies (§7): {@code {when, then}} items and one
 * optional {@code {else: {then}}} that must come last. Each caller checks the {@code then} it understands.
 */
final class RuleLists {

    /** One rule's {@code then} mapping as written, with its path. */
    record Then(Map<String, Object> then, String path, boolean otherwise) {
    }

    private RuleLists() {
    }

    static List<Then> check(Findings f, Object rules, String path, String what) {
        List<Object> items = Types.list(f, rules, path, what + " rules");
        List<Then> thens = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String itemPath = JsonPointer.append(path, i);
            Map<String, Object> rule = Types.mapItem(f, items.get(i), itemPath, "a rule");
            if (rule == null) {
                continue;
            }
            boolean otherwise = rule.containsKey("else");
            if (otherwise && i < items.size() - 1) {
                f.error(Codes.INVALID_VALUE, itemPath, "the else rule must be the last " + what + " rule");
            }
            Then then = otherwise ? otherwise(f, rule, itemPath, what) : conditional(f, rule, itemPath, what);
            if (then != null) {
                thens.add(then);
            }
        }
        return thens;
    }

    private static Then conditional(Findings f, Map<String, Object> rule, String path, String what) {
        FieldSet.of(what + " rule", "when", "then")
                .legacy("expr", "write the condition as when: \"{{ … }}\"").check(rule, path, f);
        if (rule.get("when") == null && !rule.containsKey("expr")) {
            f.error(Codes.MISSING_FIELD, path + "/when", "a rule needs when (or be the last rule, {else: {then: …}})");
        }
        Types.text(f, rule.get("when"), path + "/when", "when");
        return then(f, rule, path);
    }

    private static Then otherwise(Findings f, Map<String, Object> rule, String path, String what) {
        FieldSet.of(what + " else rule", "else").check(rule, path, f);
        Map<String, Object> body = Types.map(f, rule.get("else"), path + "/else", "else");
        if (body == null) {
            f.error(Codes.MISSING_FIELD, path + "/else", "else needs {then: …}");
            return null;
        }
        FieldSet.of("else", "then").check(body, path + "/else", f);
        Then then = then(f, body, path + "/else");
        return then == null ? null : new Then(then.then(), then.path(), true);
    }

    private static Then then(Findings f, Map<String, Object> rule, String path) {
        if (rule.get("then") == null) {
            f.error(Codes.MISSING_FIELD, path + "/then", "a rule needs then");
            return null;
        }
        Map<String, Object> then = Types.map(f, rule.get("then"), path + "/then", "then");
        return then == null ? null : new Then(then, path + "/then", false);
    }
}
