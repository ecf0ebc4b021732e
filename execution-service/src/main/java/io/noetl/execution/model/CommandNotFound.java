package io.noetl.execution.model;

import io.noetl.platform.error.NotFound;

/** No command with this id (or it was pruned; the event log keeps its history). */
public class CommandNotFound extends NotFound {

    public CommandNotFound(long commandId) {
        super("No command with id " + commandId + ".");
    }
}
