package io.noetl.execution.engine;

import io.noetl.playbook.model.KeychainEntry;
import io.noetl.playbook.model.Step;
import io.noetl.playbook.model.Task;
import io.noetl.playbook.model.ToolKind;
import io.noetl.playbook.model.ToolSpec;
import io.noetl.playbook.model.WorkbookTask;
import io.noetl.playbook.model.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code context} of a command: everything a worker needs to run it except secrets (architecture.md §5):
 * the step, its run, the tool pipeline with workbook calls resolved, the render context, the step timeout and the
 * declared keychain entries (names and kinds only; workers resolve values through execution-service).
 */
final class CommandContext {

    private CommandContext() {
    }

    static Effects.NewCommand command(Pass p, Step step, int run, Integer loopIndex, Map<String, Object> render,
            boolean held) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("step", step.name());
        c.put("run", run);
        c.put("loop_index", loopIndex);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("single", step.tool().single());
        tool.put("tasks", step.tool().tasks().stream().map(t -> task(p, t)).toList());
        c.put("tool", tool);
        c.put("render", render);
        c.put("timeout", step.spec().timeout() == null ? null : step.spec().timeout().toMillis() / 1000.0);
        c.put("keychain", p.s.playbook.keychain().stream().map(CommandContext::keychain).toList());
        String kind = step.tool().single() ? Wire.name(step.tool().first().tool().kind()) : "pipeline";
        String pool = "playbook".equals(kind) ? Effects.ORCHESTRATOR_POOL : "default";
        return new Effects.NewCommand(step.name(), kind, pool, run, loopIndex, p.limits.maxAttempts(), c, held);
    }

    /** One task as {@code {name, kind, …fields}}; a workbook call becomes the task it names (dsl.md §6.6). */
    static Map<String, Object> task(Pass p, Task t) {
        ToolSpec tool = t.tool();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", t.name());
        if (tool.kind() != ToolKind.WORKBOOK) {
            out.put("kind", Wire.name(tool.kind()));
            out.putAll(tool.fields());
            return out;
        }
        String taskName = String.valueOf(tool.fields().get("task"));
        WorkbookTask wb = p.s.playbook.workbookTask(taskName).orElseThrow();
        out.put("kind", Wire.name(wb.tool().kind()));
        out.putAll(wb.tool().fields());
        out.put("args", merged(wb.tool().fields().get("args"), tool.fields().get("args")));
        out.put("spec", merged(wb.tool().fields().get("spec"), tool.fields().get("spec")));
        out.values().removeIf(v -> v == null);
        out.put("workbook_task", taskName);
        return out;
    }

    private static Object merged(Object base, Object over) {
        if (base == null && over == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        if (base instanceof Map<?, ?> b) b.forEach((k, v) -> m.put(String.valueOf(k), v));
        if (over instanceof Map<?, ?> o) o.forEach((k, v) -> m.put(String.valueOf(k), v));
        return m;
    }

    private static Map<String, Object> keychain(KeychainEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", e.name());
        out.put("kind", Wire.name(e.kind()));
        out.put("scope", Wire.name(e.scope()));
        if (e.credential() != null) out.put("credential", e.credential());
        if (!e.data().isEmpty()) out.put("data", e.data());
        if (!e.params().isEmpty()) out.put("params", e.params());
        if (e.ttl() != null) out.put("ttl", e.ttl().toSeconds());
        return out;
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : null;
    }
}
