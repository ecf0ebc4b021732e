package io.noetl.execution.model;

import java.util.List;

/**
 * What a report did: the stored event ids (the originals for a duplicate), the commands it issued, and the
 * execution's status afterwards. {@code lateForTerminal} marks a report that arrived after the execution ended:
 * its command was closed as cancelled and the answer is 409 already_terminal.
 */
public record BatchOutcome(List<Long> eventIds, int commandsGenerated, boolean duplicate, String executionStatus,
        boolean lateForTerminal) {
}
