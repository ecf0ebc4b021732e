package io.noetl.execution.model;

import io.noetl.platform.error.Conflict;
import io.noetl.platform.error.ProblemCode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command, or its execution, is finished or being cancelled: nothing of it may start any more. */
public class CommandAlreadyTerminal extends Conflict {

    private final String commandStatus;
    private final String executionStatus;

    public CommandAlreadyTerminal(long commandId, String commandStatus, String executionStatus) {
        super(ProblemCode.ALREADY_TERMINAL, "Command " + commandId + " can no longer be claimed: it is " + commandStatus
                + " and its execution " + (executionStatus == null ? "is gone" : "is " + executionStatus) + ".");
        this.commandStatus = commandStatus;
        this.executionStatus = executionStatus;
    }

    /** Extension members, as for a worker report to a finished execution (api.md §4.3). */
    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("command_status", commandStatus);
        members.put("execution_status", executionStatus);
        return members;
    }
}
