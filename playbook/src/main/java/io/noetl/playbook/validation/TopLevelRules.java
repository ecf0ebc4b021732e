package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The document's top level (dsl.md §2): allowed keys, {@code apiVersion}, {@code kind}, required sections. */
final class TopLevelRules {

    private static final FieldSet ROOT = FieldSet.of("playbook", "apiVersion", "kind", "metadata", "executor",
            "workload", "keychain", "workbook", "workflow")
            .hint("vars", "default inputs go in workload, and execution variables are ctx, written by set");
    private static final Set<String> VERSIONS = Set.of("noetl.io/v2", "noetl.io/v10");

    private final Findings f;
    private final Map<String, Object> root;

    TopLevelRules(Context cx) {
        this.f = cx.findings();
        this.root = cx.index().root;
    }

    void check() {
        ROOT.check(root, "", f);
        apiVersion(root.get("apiVersion"));
        kind(root.get("kind"));
        if (root.get("metadata") == null) {
            f.error(Codes.MISSING_FIELD, "/metadata", "metadata is required (at least metadata.name)");
        }
        workload(Types.map(f, root.get("workload"), "/workload", "workload"));
        workflow(root.get("workflow"));
    }

    private void apiVersion(Object value) {
        if (value == null) {
            f.error(Codes.MISSING_FIELD, "/apiVersion", "apiVersion is required: noetl.io/v2");
        } else if ("noetl.io/v1".equals(value)) {
            f.error(Codes.LEGACY_DSL, "/apiVersion", "apiVersion noetl.io/v1 is the legacy DSL: write noetl.io/v2,"
                    + " with tool: {kind: …} steps and next.arcs routing");
        } else if (!VERSIONS.contains(value)) {
            f.error(Codes.INVALID_VALUE, "/apiVersion", "apiVersion must be noetl.io/v2 (or noetl.io/v10), not "
                    + Types.shown(value));
        }
    }

    private void kind(Object value) {
        if (value == null) {
            f.error(Codes.MISSING_FIELD, "/kind", "kind is required: Playbook");
        } else if (!(value instanceof String text) || !text.toLowerCase(Locale.ROOT).equals("playbook")) {
            f.error(Codes.INVALID_VALUE, "/kind", "kind must be Playbook, not " + Types.shown(value));
        }
    }

    /** dsl.md §5.2: a workload key is also a top-level name, except when a reserved name takes precedence. */
    private void workload(Map<String, Object> workload) {
        if (workload == null) {
            return;
        }
        for (String key : workload.keySet()) {
            if (Names.RESERVED.contains(key)) {
                f.warning(Codes.NAME_SHADOWING, JsonPointer.append("/workload", key), "workload key '" + key
                        + "' is a reserved name, so {{ " + key + " }} is not this input; read it as workload." + key);
            }
        }
    }

    private void workflow(Object value) {
        if (value == null) {
            f.error(Codes.MISSING_FIELD, "/workflow", "workflow is required: a list of steps");
            return;
        }
        List<Object> steps = Types.list(f, value, "/workflow", "workflow");
        if (steps != null && steps.isEmpty()) {
            f.error(Codes.INVALID_VALUE, "/workflow", "workflow needs at least one step");
        }
    }
}
