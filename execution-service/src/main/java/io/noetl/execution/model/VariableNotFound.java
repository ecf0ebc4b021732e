package io.noetl.execution.model;

import io.noetl.platform.error.NotFound;

/** The execution exists but has no variable with this name. */
public class VariableNotFound extends NotFound {

    public VariableNotFound(long executionId, String name) {
        super("Execution " + executionId + " has no variable '" + name + "'.");
    }
}
