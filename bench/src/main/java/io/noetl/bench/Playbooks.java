package io.noetl.bench;

/**
 * The no-op playbooks the scenarios run, generated so that step counts and loop sizes stay parameters. A step whose
 * tool is a pipeline (a list, here one noop task) becomes a command that a worker leases and runs; a step whose tool
 * is a single {@code noop} runs inline in the orchestrator, without a command (dsl.md §6.1).
 */
final class Playbooks {

    private Playbooks() {
    }

    /** Where a no-op step runs. */
    enum Mode {
        WORKER("[{kind: noop}]"), INLINE("{kind: noop}");

        final String tool;

        Mode(String tool) {
            this.tool = tool;
        }

        String label() {
            return name().toLowerCase();
        }
    }

    /** {@code steps} no-op steps s1 → s2 → … in sequence. */
    static String sequence(String path, int steps, Mode mode) {
        StringBuilder y = header(path);
        for (int i = 1; i <= steps; i++) {
            y.append("  - {step: s").append(i).append(", tool: ").append(mode.tool);
            if (i < steps) y.append(", next: s").append(i + 1);
            y.append("}\n");
        }
        return y.toString();
    }

    /** One parallel loop step over 0..items-1 whose body is a no-op pipeline run by workers. */
    static String fanout(String path, int items, int maxInFlight) {
        return header(path)
                .append("  - step: fan\n")
                .append("    loop: {in: \"{{ range(").append(items).append(") }}\", iterator: item,")
                .append(" spec: {mode: parallel, max_in_flight: ").append(maxInFlight).append("}}\n")
                .append("    tool: ").append(Mode.WORKER.tool).append('\n')
                .toString();
    }

    private static StringBuilder header(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new StringBuilder("apiVersion: noetl.io/v2\nkind: Playbook\n")
                .append("metadata: {name: ").append(name).append(", path: ").append(path).append("}\n")
                .append("workflow:\n");
    }
}
