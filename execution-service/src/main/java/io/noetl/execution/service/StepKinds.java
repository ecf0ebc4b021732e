package io.noetl.execution.service;

import io.noetl.playbook.model.Step;

/** The tool_kind shown for a step when no command of it says which kind ran. */
final class StepKinds {

    private StepKinds() {
    }

    /** A routing step behaves as noop (dsl.md §3); a pipeline of several tasks shows as "pipeline". */
    static String of(Step step) {
        if (step.routing()) return "noop";
        return step.tool().single() ? step.tool().first().tool().kind().wire() : "pipeline";
    }
}
