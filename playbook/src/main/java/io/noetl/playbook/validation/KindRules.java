package io.noetl.playbook.validation;

import java.util.List;
import java.util.Map;

/** The rules of one tool kind (dsl.md §6.1–§6.8), on top of the fields all tools share ({@link ToolFields}). */
interface KindRules {

    /** The closed schema of this kind's mapping. */
    FieldSet fields();

    /** The field holding the tool's arguments, then its aliases; at most one may be given. */
    default List<String> argsFields() {
        return List.of("args", "input");
    }

    void check(Map<String, Object> tool, String path, ToolSite site, Context cx);
}
