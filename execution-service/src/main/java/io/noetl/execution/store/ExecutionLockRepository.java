package io.noetl.execution.store;

import io.noetl.execution.model.LockedExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The execution row lock every use case that changes an execution's commands takes first, so reports,
 * cancel and the reaper serialize per execution and always lock in the same order (execution, then command).
 */
@ApplicationScoped
public class ExecutionLockRepository {

    static final String LOCK = "SELECT execution_id, status, cancel_requested FROM execution WHERE execution_id = $1 FOR UPDATE";

    /** Inside {@code tx}: locks the execution until commit; emits null when there is no such execution. */
    public Uni<LockedExecution> lock(SqlClient tx, long executionId) {
        return tx.preparedQuery(LOCK).execute(Tuple.of(executionId)).map(rows -> rows.size() == 0 ? null
                : rows.stream().map(r -> new LockedExecution(r.getLong("execution_id"), r.getString("status"),
                        r.getBoolean("cancel_requested"))).findFirst().orElseThrow());
    }
}
