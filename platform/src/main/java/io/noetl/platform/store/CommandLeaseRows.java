package io.noetl.platform.store;

import io.noetl.platform.model.ClaimOutcome;
import io.noetl.platform.model.ClaimOutcome.Kind;
import io.noetl.platform.model.ExpiredLease;
import io.noetl.platform.model.LeaseRenewal;
import io.noetl.platform.model.LeasedCommand;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.util.Set;

/** Maps `command` rows for the lease paths; each column is named once, here. */
final class CommandLeaseRows {

    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "CANCELLED");

    private CommandLeaseRows() {
    }

    static LeasedCommand command(Row row) {
        JsonObject context = row.getJsonObject("context");
        return new LeasedCommand(
                row.getLong("command_id"), row.getLong("execution_id"), row.getLong("catalog_id"),
                row.getString("step_name"), row.getString("tool_kind"), row.getString("pool"),
                row.getInteger("loop_index"), row.getString("status"),
                row.getInteger("attempt"), row.getInteger("max_attempts"),
                row.getLong("lease_token"), row.getOffsetDateTime("lease_until"), row.getString("worker_id"),
                row.getBoolean("cancel_requested"), context == null ? new JsonObject() : context,
                row.getOffsetDateTime("created_at"));
    }

    static ExpiredLease expired(Row row) {
        return new ExpiredLease(row.getLong("command_id"), row.getLong("execution_id"), row.getLong("lease_token"),
                row.getInteger("attempt"), row.getInteger("max_attempts"), row.getString("worker_id"),
                row.getBoolean("cancel_requested"));
    }

    static LeaseRenewal renewal(Row row) {
        return new LeaseRenewal(row.getLong("command_id"), row.getLong("lease_token"),
                row.getOffsetDateTime("lease_until"), row.getBoolean("cancel_requested"));
    }

    /** Why a claim of {@code worker} leased nothing, from a CLAIM_STATE row. */
    static ClaimOutcome refusal(Row row, String worker) {
        LeasedCommand c = command(row);
        String execution = row.getString("execution_status");
        boolean executionOver = execution == null || FINISHED.contains(execution) || row.getBoolean("execution_cancel_requested");
        if (executionOver || FINISHED.contains(c.status())) return new ClaimOutcome(Kind.TERMINAL, c, execution, 0);
        if (!"PENDING".equals(c.status())) {
            Kind kind = worker.equals(c.workerId()) ? Kind.ALREADY_OURS : Kind.ACTIVE_CLAIM;
            return new ClaimOutcome(kind, c, execution, seconds(row, "lease_left_seconds"));
        }
        // PENDING: not due yet, or it was re-queued between our two statements (then it is due now).
        return new ClaimOutcome(Kind.NOT_READY, c, execution, seconds(row, "due_in_seconds"));
    }

    private static long seconds(Row row, String column) {
        Long s = row.getLong(column);
        return s == null ? 0 : Math.max(0, s);
    }
}
