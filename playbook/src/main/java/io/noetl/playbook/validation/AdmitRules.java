package io.noetl.playbook.validation;

import java.util.List;
import java.util.Map;

/**
 * {@code spec.policy.admit} (dsl.md §4.6). Rules that can only allow, with no {@code else}, admit every run
 * whatever they say (no match means allowed), which is almost never what the author meant: {@code admit_no_else}.
 */
final class AdmitRules {

    private static final FieldSet ADMIT = FieldSet.of("admission policy", "rules");
    private static final FieldSet THEN = FieldSet.of("admission decision", "allow");

    private final Findings f;

    AdmitRules(Findings f) {
        this.f = f;
    }

    void check(Object value, String path) {
        Map<String, Object> admit = Types.map(f, value, path, "admit");
        if (admit == null) {
            return;
        }
        ADMIT.check(admit, path, f);
        if (admit.get("rules") == null) {
            return;
        }
        List<RuleLists.Then> thens = RuleLists.check(f, admit.get("rules"), path + "/rules", "admission");
        boolean onlyAllow = !thens.isEmpty();
        boolean otherwise = false;
        for (RuleLists.Then then : thens) {
            THEN.check(then.then(), then.path(), f);
            if (then.then().get("allow") == null) {
                f.error(Codes.MISSING_FIELD, then.path() + "/allow", "an admission decision needs allow: true or false");
            }
            Boolean allow = Types.bool(f, then.then().get("allow"), then.path() + "/allow", "allow");
            onlyAllow &= Boolean.TRUE.equals(allow);
            otherwise |= then.otherwise();
        }
        if (onlyAllow && !otherwise) {
            f.warning(Codes.ADMIT_NO_ELSE, path, "these rules only allow and there is no else rule, so every run is"
                    + " admitted; add {else: {then: {allow: false}}} to skip the others");
        }
    }
}
