package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;

/** The root {@code workbook} (dsl.md §2, §6.6): named reusable tasks of one tool each, never a workbook call. */
final class WorkbookRules {

    private static final FieldSet ENTRY = FieldSet.of("workbook task", "name", "desc", "tool")
            .ignored("assert", "upstream workbook assertions are not run; check results with a task policy");

    private final Context cx;
    private final Findings f;

    WorkbookRules(Context cx) {
        this.cx = cx;
        this.f = cx.findings();
    }

    void check() {
        List<Object> entries = Types.list(f, cx.index().root.get("workbook"), "/workbook", "workbook");
        Duplicates names = new Duplicates(f, "workbook task");
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String path = JsonPointer.append("/workbook", i);
            Map<String, Object> entry = Types.mapItem(f, entries.get(i), path, "a workbook task");
            if (entry != null) {
                ENTRY.check(entry, path, f);
                if (entry.get("name") == null) {
                    f.error(Codes.MISSING_FIELD, path + "/name", "a workbook task needs a name");
                }
                names.see(Names.check(f, entry.get("name"), path + "/name", "workbook task name", false), path + "/name");
                Types.text(f, entry.get("desc"), path + "/desc", "desc");
                tool(entry.get("tool"), path + "/tool");
            }
        }
    }

    private void tool(Object tool, String path) {
        if (tool == null) {
            f.error(Codes.MISSING_FIELD, path, "a workbook task needs a tool");
        } else if (tool instanceof List) {
            f.error(Codes.INVALID_VALUE, path, "a workbook task has one tool {kind: …}, not a pipeline");
        } else if (tool instanceof Map<?, ?> map && "workbook".equals(map.get("kind"))) {
            f.error(Codes.INVALID_VALUE, path + "/kind", "a workbook task cannot call another workbook task");
        } else {
            Map<String, Object> map = Types.map(f, tool, path, "tool");
            if (map != null) {
                new ToolRules(cx).task(map, path, ToolSite.WORKBOOK_ENTRY);
            }
        }
    }
}
