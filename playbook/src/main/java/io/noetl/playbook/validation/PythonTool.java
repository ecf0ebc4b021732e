package io.noetl.playbook.validation;

import java.util.Map;

/** {@code python} (dsl.md §6.4): inline {@code code} only; upstream {@code libs} and remote {@code script} do not exist here. */
final class PythonTool implements KindRules {

    private static final FieldSet FIELDS = ToolFields.COMMON.named("python tool").with("code")
            .hint("libs", "the worker's Python has the standard library and what its image installs")
            .hint("script", "write the code inline in code; remote scripts are not fetched");

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        if (tool.get("code") == null) {
            cx.findings().error(Codes.MISSING_FIELD, path + "/code", "a python tool needs code");
        }
        Types.text(cx.findings(), tool.get("code"), path + "/code", "code");
    }
}
