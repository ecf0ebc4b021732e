package io.noetl.execution.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * What happens to a command whose lease expired with no attempt left (architecture.md §6): its attempt is
 * recorded as {@code command.failed} with kind {@code lease_expired} and the step's run ends in error, routed
 * like any other error outcome. The reaper calls it inside its transaction, holding the execution row lock.
 */
public interface LeaseExpiry {

    /** @param tx the reaper's transaction, which already holds {@code SELECT … FOR UPDATE} on the execution */
    Uni<Void> exhausted(SqlClient tx, long executionId, long commandId);
}
