package io.noetl.playbook.validation;

import io.noetl.playbook.template.TemplateSyntax;
import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code invalid_template} (dsl.md §5.1, §5.2, §11): every string value is parsed when the playbook is
 * registered, and references to {@code keychain} or the pipeline values are checked against who renders the
 * field. Map keys are never templates; {@code metadata} and {@code desc} are documentation, never rendered.
 */
final class TemplateRules {

    private static final Set<String> TASK_VALUES = Set.of("_prev", "_task", "_attempt");
    private static final Set<String> ROOTS = Set.of("keychain", "_prev", "_task", "_attempt");

    private final Findings f;
    private final Index index;
    private final TemplateSyntax syntax;

    TemplateRules(Context cx, TemplateSyntax syntax) {
        this.f = cx.findings();
        this.index = cx.index();
        this.syntax = syntax;
    }

    void check() {
        index.root.forEach((key, value) -> {
            String path = JsonPointer.append("", key);
            switch (key) {
                case "metadata" -> { }
                case "workflow", "workbook" -> sections(value, path);
                default -> walk(value, path, TemplateScope.ORCHESTRATOR);
            }
        });
    }

    /** Workflow steps and workbook tasks: their {@code tool} by kind, the rest as orchestrator fields. */
    private void sections(Object items, String path) {
        List<?> list = Index.listAt(items);
        for (int i = 0; i < list.size(); i++) {
            String itemPath = JsonPointer.append(path, i);
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                continue;
            }
            Index.mapOf(item).forEach((key, value) -> {
                if (key.equals("tool")) {
                    tools(value, JsonPointer.append(itemPath, key));
                } else if (!key.equals("desc")) {
                    walk(value, JsonPointer.append(itemPath, key), TemplateScope.ORCHESTRATOR);
                }
            });
        }
    }

    private void tools(Object tool, String path) {
        if (tool instanceof List<?> tasks) {
            for (int i = 0; i < tasks.size(); i++) {
                task(tasks.get(i), JsonPointer.append(path, i), scope(tasks.get(i), true));
            }
        } else {
            task(tool, path, scope(tool, false));
        }
    }

    /** One tool: every field but its {@code desc}. */
    private void task(Object tool, String path, TemplateScope scope) {
        if (tool instanceof Map<?, ?> map) {
            Index.mapOf(map).forEach((key, value) -> {
                if (!key.equals("desc")) {
                    walk(value, JsonPointer.append(path, key), scope);
                }
            });
        } else {
            walk(tool, path, scope);
        }
    }

    /**
     * Who renders a tool's fields (dsl.md §5.2, §6.1): a workbook call as the task it resolves to. A workbook
     * task's own tool is judged as a single tool, the stricter reading, since a step may call it that way.
     */
    private TemplateScope scope(Object tool, boolean inPipeline) {
        Map<?, ?> map = tool instanceof Map<?, ?> m ? m : Map.of();
        Object kind = map.get("kind");
        if ("workbook".equals(kind)) {
            Object task = map.get("task") != null || inPipeline ? map.get("task") : map.get("name");
            kind = task != null && index.workbook.get(String.valueOf(task)) instanceof Map<?, ?> resolved
                    ? resolved.get("kind") : null;
        }
        boolean orchestrator = "playbook".equals(kind) || "noop".equals(kind) && !inPipeline;
        return orchestrator ? TemplateScope.ORCHESTRATOR_TOOL : TemplateScope.WORKER_TOOL;
    }

    private void walk(Object node, String path, TemplateScope scope) {
        if (node instanceof Map<?, ?> map) {
            Index.mapOf(map).forEach((key, value) -> walk(value, JsonPointer.append(path, key), scope));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), JsonPointer.append(path, i), scope);
            }
        } else if (node instanceof String text && (text.contains("{{") || text.contains("{%") || text.contains("{#"))) {
            text(text, path, scope);
        }
    }

    private void text(String text, String path, TemplateScope scope) {
        Optional<String> problem = syntax.problem(text);
        if (problem.isPresent()) {
            f.error(Codes.INVALID_TEMPLATE, path, "invalid template: " + problem.get());
            return;
        }
        for (ExpressionNames.Reference ref : ExpressionNames.scan(text, ROOTS)) {
            if (TASK_VALUES.contains(ref.root()) && !scope.taskValues) {
                f.error(Codes.INVALID_TEMPLATE, path, ref.root() + " is only available in tool fields and task"
                        + " policies (dsl.md §5.2)");
            } else if (ref.root().equals("keychain") && !scope.keychain) {
                f.error(Codes.INVALID_TEMPLATE, path, "keychain is only available in tool fields that workers render;"
                        + " the orchestrator renders this one and never holds secrets");
            } else if (ref.root().equals("keychain") && ref.member() != null && !index.keychain.contains(ref.member())) {
                f.error(Codes.INVALID_TEMPLATE, path, "keychain entry '" + ref.member() + "' is not declared under keychain"
                        + Suggestions.didYouMean(ref.member(), index.keychain));
            }
        }
    }
}
