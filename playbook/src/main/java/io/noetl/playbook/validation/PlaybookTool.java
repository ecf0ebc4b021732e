package io.noetl.playbook.validation;

import java.util.List;
import java.util.Map;

/** {@code playbook} (dsl.md §6.7, §9): a child execution of the playbook at {@code path}. */
final class PlaybookTool implements KindRules {

    private static final FieldSet FIELDS = ToolFields.base("playbook tool", "spec", "output", "path", "version",
            "args", "payload", "input", "return_step", "wait");

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public List<String> argsFields() {
        return List.of("args", "payload", "input");
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        Findings f = cx.findings();
        if (tool.get("path") == null) {
            f.error(Codes.MISSING_FIELD, path + "/path", "a playbook call needs path: the catalog path of the child");
        }
        Types.text(f, tool.get("path"), path + "/path", "path");
        Object version = tool.get("version");
        boolean valid = version == null || "latest".equals(version)
                || Types.isInteger(version) && ((Number) version).longValue() >= 1;
        if (!valid) {
            f.error(Codes.INVALID_VALUE, path + "/version", "version must be latest or an integer from 1, not "
                    + Types.shown(version));
        }
        Types.text(f, tool.get("return_step"), path + "/return_step", "return_step");
        Types.bool(f, tool.get("wait"), path + "/wait", "wait");
    }
}
