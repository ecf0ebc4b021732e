package io.noetl.execution.model;

import io.noetl.platform.error.NotFound;

/** No execution with this id: the 404 of every read route under /api/executions/{id}. */
public class NoSuchExecution extends NotFound {

    public NoSuchExecution(long executionId) {
        super("No execution with execution_id " + executionId + ".");
    }
}
