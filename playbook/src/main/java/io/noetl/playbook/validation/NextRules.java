package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;

/**
 * A step's {@code next} in any of its forms (dsl.md §4.1): shapes, upstream conditional items, arc targets,
 * {@code set} keys, and arcs no exclusive routing can ever fire. Findings on a shorthand point at what the
 * author wrote ({@code /next}, {@code /next/1}), never at the canonical form they stand for.
 */
final class NextRules {

    private static final FieldSet NEXT = FieldSet.of("next", "spec", "arcs")
            .hint("step", "for one target write next: <step>, else next: {arcs: [{step: …}]}");
    private static final FieldSet SPEC = FieldSet.of("next spec", "mode", "on_no_match");
    private static final FieldSet ARC = FieldSet.of("arc", "step", "when", "set")
            .legacy("args", "pass values with set: {ctx.<name>: value}")
            .legacy("set_ctx", "write set: {ctx.<name>: value}")
            .legacy("set_iter", "write set: {ctx.<name>: value}");
    private static final String CONDITIONAL = "conditional next items (when/then/else) are the legacy form:"
            + " write next: {arcs: [{step: …, when: \"{{ … }}\"}, …]}";

    private final Context cx;
    private final Findings f;

    NextRules(Context cx) {
        this.cx = cx;
        this.f = cx.findings();
    }

    void check(Object next, String path) {
        if (next instanceof String target) {
            target(target, path);
        } else if (next instanceof List<?> items) {
            items(items, path, true);
        } else if (next instanceof Map<?, ?> canonical) {
            canonical(Index.mapOf(canonical), path);
        } else {
            f.error(Codes.INVALID_VALUE, path, "next must be a step name, a list of them, or {spec, arcs}, not "
                    + Types.describe(next));
        }
    }

    private void canonical(Map<String, Object> next, String path) {
        if (next.containsKey("when") || next.containsKey("then") || next.containsKey("else")) {
            f.error(Codes.LEGACY_DSL, path, CONDITIONAL);
            return;
        }
        NEXT.check(next, path, f);
        Map<String, Object> spec = Types.map(f, next.get("spec"), path + "/spec", "next.spec");
        boolean exclusive = true;
        if (spec != null) {
            SPEC.check(spec, path + "/spec", f);
            String mode = Types.oneOf(f, spec.get("mode"), path + "/spec/mode", "mode", List.of("exclusive", "inclusive"));
            exclusive = !"inclusive".equals(mode);
            Types.oneOf(f, spec.get("on_no_match"), path + "/spec/on_no_match", "on_no_match",
                    List.of("complete", "quiet", "fail"));
        }
        if (next.get("arcs") == null) {
            if (!next.containsKey("step")) {            // {step: b} already got a hint on 'step'
                f.error(Codes.MISSING_FIELD, path + "/arcs", "next needs arcs: [{step, when?, set?}, …]");
            }
            return;
        }
        List<Object> arcs = Types.list(f, next.get("arcs"), path + "/arcs", "next.arcs");
        if (arcs != null) {
            items(arcs, path + "/arcs", false);
            if (exclusive) {
                shadowed(RawNext.of(next, path).arcs());
            }
        }
    }

    /** Items of the list shorthand ({@code namesAllowed}) or of {@code arcs}. */
    private void items(List<?> items, String path, boolean namesAllowed) {
        if (items.isEmpty()) {
            f.error(Codes.INVALID_VALUE, path, "next has no arc; leave next out to end the branch here");
        }
        for (int i = 0; i < items.size(); i++) {
            String itemPath = JsonPointer.append(path, i);
            Object item = items.get(i);
            if (item instanceof String target && namesAllowed) {
                target(target, itemPath);
            } else if (item instanceof Map<?, ?> arc) {
                arc(Index.mapOf(arc), itemPath);
            } else {
                f.error(Codes.INVALID_VALUE, itemPath, "an arc is a mapping {step, when?, set?}"
                        + (namesAllowed ? " or a step name" : "") + ", not " + Types.describe(item));
            }
        }
    }

    private void arc(Map<String, Object> arc, String path) {
        if (arc.containsKey("then") || arc.containsKey("else")) {
            f.error(Codes.LEGACY_DSL, path, CONDITIONAL);
            return;
        }
        ARC.check(arc, path, f);
        if (arc.get("step") == null) {
            f.error(Codes.MISSING_FIELD, path + "/step", "an arc needs step: the target step's name");
        } else if (Types.text(f, arc.get("step"), path + "/step", "step") != null) {
            target((String) arc.get("step"), path + "/step");
        }
        Types.text(f, arc.get("when"), path + "/when", "when (a template such as \"{{ fetch.data.ok }}\")");
        if (arc.get("set") != null) {
            SetKeys.check(f, arc.get("set"), path + "/set", false);
        }
    }

    private void target(String target, String path) {
        if (!cx.index().isStep(target)) {
            f.error(Codes.UNKNOWN_STEP, path, "arc target '" + target + "' is not a step of the workflow"
                    + Suggestions.didYouMean(target, cx.index().stepIndex.keySet()));
        }
    }

    /** Exclusive routing fires the first match, so nothing after an arc without {@code when} can fire. */
    private void shadowed(List<RawNext.Arc> arcs) {
        for (int i = 0; i < arcs.size(); i++) {
            if (arcs.get(i).unconditional()) {
                for (RawNext.Arc later : arcs.subList(i + 1, arcs.size())) {
                    f.warning(Codes.SHADOWED_ARC, later.path(), "this arc never fires: exclusive routing stops at the"
                            + " unconditional arc before it (" + f.lineOf(arcs.get(i).path()) + ")");
                }
                return;
            }
        }
    }
}
