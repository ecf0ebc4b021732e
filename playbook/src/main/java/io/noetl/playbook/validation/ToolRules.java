package io.noetl.playbook.validation;

import io.noetl.playbook.model.ToolKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A step's {@code tool} (dsl.md §3, §6): one tool or a pipeline, each tool checked by the rules of its kind. */
final class ToolRules {

    private static final Map<ToolKind, KindRules> KINDS = new EnumMap<>(Map.of(
            ToolKind.NOOP, new NoopTool(), ToolKind.HTTP, new HttpTool(), ToolKind.POSTGRES, new PostgresTool(),
            ToolKind.PYTHON, new PythonTool(), ToolKind.DUCKDB, new DuckdbTool(), ToolKind.WORKBOOK, new WorkbookTool(),
            ToolKind.PLAYBOOK, new PlaybookTool(), ToolKind.SECRETS, new SecretsTool()));

    private final Context cx;
    private final Findings f;

    ToolRules(Context cx) {
        this.cx = cx;
        this.f = cx.findings();
    }

    /** The {@code tool} of a step: a mapping, or a list of them (a pipeline). */
    void step(Object tool, String path) {
        if (tool instanceof List<?> tasks) {
            new PipelineRules(cx, this).check(tasks, path);
            return;
        }
        Map<String, Object> single = Types.map(f, tool, path, "tool (one tool {kind: …} or a list of them)");
        if (single != null) {
            task(single, path, ToolSite.SINGLE);
        }
    }

    void task(Map<String, Object> tool, String path, ToolSite site) {
        Object written = tool.get("kind");
        if (written == null) {
            f.error(Codes.MISSING_FIELD, path + "/kind", "a tool needs a kind: one of " + ToolKind.supported());
            return;
        }
        ToolKind kind = written instanceof String text ? ToolKind.of(text).orElse(null) : null;
        if (kind == null) {
            String suggestion = written instanceof String text ? Suggestions.didYouMean(text,
                    Arrays.stream(ToolKind.values()).map(ToolKind::wire).toList()) : "";
            f.error(Codes.UNKNOWN_TOOL_KIND, path + "/kind", "unknown tool kind " + Types.shown(written)
                    + "; the supported kinds are " + ToolKind.supported() + suggestion);
            return;
        }
        KindRules rules = KINDS.get(kind);
        rules.fields().check(tool, path, f);
        new ToolFields(cx).check(tool, path, site, kind, rules);
        rules.check(tool, path, site, cx);
    }
}
