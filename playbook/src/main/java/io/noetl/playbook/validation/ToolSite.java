package io.noetl.playbook.validation;

import java.util.Set;

/**
 * Where a tool is written, which changes its rules: {@code name} names a pipeline task but is ignored on a
 * single tool; {@code jump} needs other tasks; a workbook call may use {@code name} for {@code task} only
 * outside pipelines (dsl.md §6.6, §7).
 *
 * @param taskNames the names of the pipeline's tasks, defaults included; empty outside a pipeline
 */
record ToolSite(boolean pipeline, Set<String> taskNames, boolean workbookEntry) {

    static final ToolSite SINGLE = new ToolSite(false, Set.of(), false);
    static final ToolSite WORKBOOK_ENTRY = new ToolSite(false, Set.of(), true);

    static ToolSite pipeline(Set<String> taskNames) {
        return new ToolSite(true, Set.copyOf(taskNames), false);
    }
}
