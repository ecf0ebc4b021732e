package io.noetl.playbook.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid playbook in canonical form (dsl.md §2). Build one with {@link PlaybookReader#read(Map)} from the
 * normalized document; validation does so for every document without errors.
 */
public record Playbook(String apiVersion, Metadata metadata, ExecutorSpec executor, Map<String, Object> workload,
        List<KeychainEntry> keychain, List<WorkbookTask> workbook, List<Step> workflow) {

    public Playbook {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(executor, "executor");
        workload = PlainValues.freezeMap(workload);
        keychain = List.copyOf(keychain);
        workbook = List.copyOf(workbook);
        workflow = List.copyOf(workflow);
    }

    public Optional<Step> step(String name) {
        return workflow.stream().filter(step -> step.name().equals(name)).findFirst();
    }

    public Step entryStep() {
        return step(executor.entryStep()).orElseThrow();
    }

    public Optional<Step> finalStep() {
        return Optional.ofNullable(executor.finalStep()).flatMap(this::step);
    }

    public Optional<WorkbookTask> workbookTask(String name) {
        return workbook.stream().filter(task -> task.name().equals(name)).findFirst();
    }
}
