package io.noetl.playbook.validation;

import io.noetl.playbook.model.ToolKind;
import java.util.Map;

/**
 * The fields every tool kind shares (dsl.md §6): {@code name}, {@code desc}, {@code auth}, {@code args} and its
 * aliases, {@code spec} ({@code timeout}, {@code policy}) and {@code output}.
 */
final class ToolFields {

    /** The schema every kind starts from, with the upstream tool fields that are now errors. */
    static FieldSet base(String what, String... fields) {
        return FieldSet.of(what, "kind", "name", "desc").with(fields)
                .legacy("eval", "write conditions as spec.policy.rules with when")
                .legacy("save", "store results with a postgres or duckdb step instead")
                .legacy("retry", "use spec.policy.rules with then: {do: retry}");
    }

    static final FieldSet COMMON = base("tool", "auth", "args", "input", "spec", "output");

    private static final FieldSet SPEC = FieldSet.of("tool spec", "timeout", "policy");

    private final Context cx;
    private final Findings f;

    ToolFields(Context cx) {
        this.cx = cx;
        this.f = cx.findings();
    }

    void check(Map<String, Object> tool, String path, ToolSite site, ToolKind kind, KindRules rules) {
        if (!site.pipeline() && kind != ToolKind.WORKBOOK && tool.get("name") != null) {
            f.warning(Codes.IGNORED_FIELD, path + "/name", "name is ignored on a single tool: it takes the name of"
                    + " its " + (site.workbookEntry() ? "workbook task" : "step") + "; name names pipeline tasks");
        }
        Types.text(f, tool.get("desc"), path + "/desc", "desc");
        Types.text(f, tool.get("auth"), path + "/auth", "auth (a credential name)");
        String args = OneOf.atMostOne(f, tool, path, rules.argsFields());
        if (args != null) {
            Types.map(f, tool.get(args), path + "/" + args, args);
        }
        spec(tool.get("spec"), path + "/spec", site);
        new OutputRules(f).check(tool.get("output"), path + "/output");
    }

    private void spec(Object value, String path, ToolSite site) {
        Map<String, Object> spec = Types.map(f, value, path, "tool spec");
        if (spec == null) {
            return;
        }
        SPEC.check(spec, path, f);
        if (spec.get("timeout") != null) {
            Durations.check(f, spec.get("timeout"), path + "/timeout", "timeout");
        }
        new TaskPolicyRules(cx).check(spec.get("policy"), path + "/policy", site);
    }
}
