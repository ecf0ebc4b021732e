package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pipeline (dsl.md §3, §7): a non-empty list of tools whose names (explicit, else {@code task_<i>}) are unique,
 * none of which is a {@code playbook} call, since the orchestrator runs those and a pipeline is one worker
 * command (§6.7).
 */
final class PipelineRules {

    private final Context cx;
    private final Findings f;
    private final ToolRules tools;

    PipelineRules(Context cx, ToolRules tools) {
        this.cx = cx;
        this.f = cx.findings();
        this.tools = tools;
    }

    void check(List<?> tasks, String path) {
        if (tasks.isEmpty()) {
            f.error(Codes.INVALID_VALUE, path, "a pipeline needs at least one task");
            return;
        }
        Set<String> names = names(tasks, path);
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i) instanceof Map<?, ?> task) {
                String taskPath = JsonPointer.append(path, i);
                playbookCall(Index.mapOf(task), taskPath);
                tools.task(Index.mapOf(task), taskPath, ToolSite.pipeline(names));
            }
        }
    }

    private Set<String> names(List<?> tasks, String path) {
        Set<String> names = new LinkedHashSet<>();
        Duplicates duplicates = new Duplicates(f, "task");
        for (int i = 0; i < tasks.size(); i++) {
            String taskPath = JsonPointer.append(path, i);
            Map<String, Object> task = Types.mapItem(f, tasks.get(i), taskPath, "a pipeline task");
            if (task == null) {
                continue;
            }
            boolean explicit = task.get("name") != null;
            String name = explicit ? Names.check(f, task.get("name"), taskPath + "/name", "task name", true) : "task_" + i;
            duplicates.see(name, explicit ? taskPath + "/name" : taskPath);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private void playbookCall(Map<String, Object> task, String path) {
        String message = "a playbook call runs on the orchestrator, so it must be a step's only tool, not a"
                + " pipeline task; give it a step of its own";
        if ("playbook".equals(task.get("kind"))) {
            f.error(Codes.PLAYBOOK_IN_PIPELINE, path + "/kind", message);
        } else if ("workbook".equals(task.get("kind")) && task.get("task") instanceof String name
                && cx.index().workbook.get(name) instanceof Map<?, ?> tool && "playbook".equals(tool.get("kind"))) {
            f.error(Codes.PLAYBOOK_IN_PIPELINE, path + "/task", "workbook task '" + name + "' is a playbook call: " + message);
        }
    }
}
