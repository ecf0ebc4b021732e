package io.noetl.execution.model;

/** A step's name and status only: what the status document lists, without the step's result. */
public record StepProgress(String name, String status) {
}
