package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.Map;

/**
 * Each workflow step (dsl.md §3): its fields, the upstream forms that are now errors with their replacement,
 * its name, and its parts, handed to the rule family of each.
 */
final class StepRules {

    private static final FieldSet STEP = FieldSet.of("step", "step", "desc", "tool", "loop", "next", "set", "spec")
            .legacy("type", "write tool: {kind: …}")
            .legacy("case", "route with next.arcs conditions and handle results with task policies")
            .legacy("when", "admission is spec.policy.admit: {rules: [{when, then: {allow: …}}]}")
            .legacy("save", "store results with a postgres or duckdb step")
            .legacy("retry", "retries are task policies: tool spec.policy.rules with then: {do: retry}")
            .legacy("set_ctx", "write set: {ctx.<name>: value}")
            .legacy("set_iter", "write set: {ctx.<name>: value}, or then.set with iter.* in a task policy")
            .hint("args", "arguments belong to the tool: tool.args")
            .hint("vars", "execution variables are ctx, written by set: {ctx.<name>: value}");

    private final Context cx;
    private final Findings f;

    StepRules(Context cx) {
        this.cx = cx;
        this.f = cx.findings();
    }

    void check() {
        Duplicates names = new Duplicates(f, "step");
        for (int i = 0; i < cx.index().steps.size(); i++) {
            String path = JsonPointer.append("/workflow", i);
            Map<String, Object> step = cx.index().steps.get(i);
            if (step == null) {
                f.error(Codes.INVALID_VALUE, path, "a step must be a mapping {step: name, …}, not "
                        + Types.describe(Index.listAt(cx.index().root.get("workflow")).get(i)));
                continue;
            }
            STEP.check(step, path, f);
            names.see(name(step, path), path + "/step");
            step(step, path);
        }
    }

    private String name(Map<String, Object> step, String path) {
        if (step.get("step") == null) {
            f.error(Codes.MISSING_FIELD, path + "/step", "a step needs a name: step: <name>");
            return null;
        }
        String name = Names.check(f, step.get("step"), path + "/step", "step name", true);
        if (name != null && cx.index().workloadKeys.contains(name)) {
            f.warning(Codes.NAME_SHADOWING, path + "/step", "step '" + name + "' has the name of a workload key:"
                    + " once the step ran, {{ " + name + " }} is its result; read the input as workload." + name);
        }
        return name;
    }

    private void step(Map<String, Object> step, String path) {
        Types.text(f, step.get("desc"), path + "/desc", "desc");
        if (step.get("tool") != null) {
            new ToolRules(cx).step(step.get("tool"), path + "/tool");
        }
        if (step.get("loop") != null) {
            new LoopRules(f).check(step.get("loop"), path + "/loop");
        }
        if (step.get("next") != null) {
            new NextRules(cx).check(step.get("next"), path + "/next");
        }
        if (step.get("set") != null) {
            SetKeys.check(f, step.get("set"), path + "/set", false);
        }
        if (step.get("spec") != null) {
            new StepSpecRules(f).check(step.get("spec"), path + "/spec", step.get("loop"));
        }
    }
}
