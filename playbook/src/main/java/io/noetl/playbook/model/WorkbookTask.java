package io.noetl.playbook.model;

import java.util.Objects;

/** A reusable task of the root {@code workbook} (dsl.md §2, §6.6): one tool, never a pipeline or a workbook call. */
public record WorkbookTask(String name, String desc, ToolSpec tool) {

    public WorkbookTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tool, "tool");
    }
}
