package io.noetl.execution.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A validated set-variables request: at least one variable, each name checked, sizes within limits. */
public record VariableInput(ObjectNode variables, VariableType type, String sourceStep) {
}
