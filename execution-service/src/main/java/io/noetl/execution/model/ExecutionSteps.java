package io.noetl.execution.model;

import java.util.List;

/** The steps of one execution in display order: started ones by start time, the rest in playbook order. */
public record ExecutionSteps(long executionId, List<StepSnapshot> steps) {
}
