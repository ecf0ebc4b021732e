package io.noetl.execution.api;

import io.noetl.execution.model.CleanupOutcome;
import io.noetl.execution.model.FinalizeOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answers of finalize and cleanup (api.md §4.1), ids as strings. */
final class MaintenanceViews {

    private MaintenanceViews() {
    }

    static Map<String, Object> finalized(FinalizeOutcome o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", o.alreadyTerminal() ? "already_completed" : "finalized");
        v.put("execution_id", Long.toString(o.executionId()));
        v.put("message", o.alreadyTerminal() ? "The execution had already ended as " + o.executionStatus() + "; nothing changed."
                : "Finalized as FAILED; " + o.cancelledCommands() + " queued command(s) cancelled, "
                        + o.cancelRequestedCommands() + " running command(s) asked to stop.");
        return v;
    }

    static Map<String, Object> cleaned(CleanupOutcome o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("cancelled_count", o.executionIds().size());
        v.put("execution_ids", o.executionIds().stream().map(String::valueOf).toList());
        v.put("dry_run", o.dryRun());
        v.put("message", (o.dryRun() ? "Would cancel " : "Cancelled ") + o.executionIds().size()
                + " execution(s) with no event and no live lease for " + o.olderThanMinutes() + " minute(s).");
        return v;
    }
}
