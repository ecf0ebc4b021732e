package io.noetl.playbook.validation;

import java.util.Map;

/**
 * {@code workbook} (dsl.md §6.6): a call of a root workbook task. Outside pipelines upstream wrote the task in
 * {@code name}; inside one, {@code name} is the pipeline task's own name, so the call needs {@code task}.
 */
final class WorkbookTool implements KindRules {

    private static final FieldSet FIELDS = ToolFields.base("workbook tool", "task", "args", "input", "spec");

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        Findings f = cx.findings();
        String field = "task";
        if (!site.pipeline() && tool.get("task") == null && tool.get("name") != null) {
            field = "name";
        } else if (!site.pipeline() && tool.get("task") != null && tool.get("name") != null) {
            f.error(Codes.INVALID_VALUE, path + "/name", "name is an alias of task here; give task only");
        }
        if (tool.get(field) == null) {
            f.error(Codes.MISSING_FIELD, path + "/task", "a workbook call needs task: the name of a workbook task");
            return;
        }
        String task = Types.text(f, tool.get(field), path + "/" + field, field);
        if (task != null && !cx.index().workbook.containsKey(task)) {
            f.error(Codes.UNKNOWN_WORKBOOK_TASK, path + "/" + field, "workbook task '" + task + "' is not defined"
                    + " under workbook" + Suggestions.didYouMean(task, cx.index().workbook.keySet()));
        }
    }
}
