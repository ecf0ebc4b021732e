package io.noetl.execution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one orchestration pass decided, for the store to write in the same transaction: events to append,
 * commands to insert (held ones wait for their loop to release them), iterations to release or cancel, and
 * whether open commands of the execution must be cancelled.
 */
public final class Effects {

    /** One event row; {@code commandRef} ties a {@code command.issued} event to the command inserted with it. */
    public record NewEvent(String type, String nodeName, String nodeType, String status, Map<String, Object> context,
            Object result, String error, Map<String, Object> meta, NewCommand commandRef, Long commandId) {
    }

    /** One command row; {@code held} iterations get {@code available_at = infinity} until released. */
    public record NewCommand(String step, String toolKind, String pool, int run, Integer loopIndex, int maxAttempts,
            Map<String, Object> context, boolean held) {
    }

    /** Sub-playbook calls are commands too, leased by execution-service itself rather than by workers (dsl.md §9). */
    public static final String ORCHESTRATOR_POOL = "noetl.orchestrator";

    public record Release(String step, int run, int count) {
    }

    public record CancelHeld(String step, int run) {
    }

    public final List<NewEvent> events = new ArrayList<>();
    public final List<NewCommand> commands = new ArrayList<>();
    public final List<Release> releases = new ArrayList<>();
    public final List<CancelHeld> cancelHeld = new ArrayList<>();
    /** Cancel PENDING commands of the execution and ask running ones to stop (unhandled failure, cancel). */
    public boolean cancelOpenCommands;

    public boolean addsWork() {
        return !commands.isEmpty() || !releases.isEmpty();
    }
}
