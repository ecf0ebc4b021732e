package io.noetl.execution.service;

import io.noetl.execution.model.Variable;
import io.noetl.execution.model.VariableInput;
import io.noetl.execution.model.VariableNotFound;
import io.noetl.execution.store.VariableRepository;
import io.noetl.platform.error.NotFound;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Execution variables (api.md §4.5): every route answers 404 for an unknown execution. */
@ApplicationScoped
public class VariableService {

    private final Pool pool;
    private final VariableRepository variables;

    public VariableService(Pool pool, VariableRepository variables) {
        this.pool = pool;
        this.variables = variables;
    }

    /** All variables, without counting accesses (a bulk read, as upstream). */
    public Uni<List<Variable>> list(long executionId) {
        return requireExecution(pool, executionId).chain(() -> variables.list(pool, executionId));
    }

    /** One variable; the read counts as an access. */
    public Uni<Variable> get(long executionId, String name) {
        return requireExecution(pool, executionId)
                .chain(() -> variables.read(pool, executionId, name))
                .onItem().ifNull().failWith(() -> new VariableNotFound(executionId, name));
    }

    /** Sets or overwrites; returns how many were written. */
    public Uni<Integer> set(long executionId, VariableInput in) {
        return pool.withTransaction(tx -> requireExecution(tx, executionId)
                .chain(() -> variables.upsert(tx, executionId, in)));
    }

    /** False when the execution has no such variable (upstream answers 200 with deleted=false). */
    public Uni<Boolean> delete(long executionId, String name) {
        return requireExecution(pool, executionId).chain(() -> variables.delete(pool, executionId, name));
    }

    public Uni<Integer> deleteAll(long executionId) {
        return requireExecution(pool, executionId).chain(() -> variables.deleteAll(pool, executionId));
    }

    private Uni<Void> requireExecution(SqlClient db, long executionId) {
        return variables.executionExists(db, executionId).chain(exists -> exists ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new NotFound("No execution with id " + executionId + ".")));
    }
}
