package io.noetl.bench;

/** One benchmark of performance.md; it reports figures through {@link Run#report()} and asserts nothing. */
abstract class Scenario {

    private final String name;
    private final int defaultWorkers;
    private final int defaultSlots;

    /** {@code workers} (W) and {@code slots} per worker apply unless --workers / --slots say otherwise. */
    Scenario(String name, int workers, int slots) {
        this.name = name;
        this.defaultWorkers = workers;
        this.defaultSlots = slots;
    }

    final String name() {
        return name;
    }

    final int defaultWorkers() {
        return defaultWorkers;
    }

    final int defaultSlots() {
        return defaultSlots;
    }

    abstract void run(Run run) throws Exception;

    /** Measures one variant: steps run by workers, or inline by the orchestrator. */
    interface Variant {
        java.util.Map<String, Object> measure(Run run, Playbooks.Mode mode) throws Exception;
    }

    /** Runs {@code variant} once per mode, worker first, and reports them under {@code variants}. */
    static void eachMode(Run run, Variant variant) throws Exception {
        java.util.Map<String, Object> variants = new java.util.LinkedHashMap<>();
        for (Playbooks.Mode mode : Playbooks.Mode.values()) variants.put(mode.label(), variant.measure(run, mode));
        run.report().put("variants", variants);
    }
}
