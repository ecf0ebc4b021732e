package io.noetl.execution.service;

import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Resolves {@code parent_execution_id} of a start: the root of the parent's tree, or 422 when unknown. */
@ApplicationScoped
public class ParentLinks {

    static final String ROOT = "SELECT root_execution_id FROM noetl.execution WHERE execution_id = $1";

    private final Pool pool;

    public ParentLinks(Pool pool) {
        this.pool = pool;
    }

    /** Null for a top-level start (the execution becomes its own root). */
    public Uni<Long> root(Long parentExecutionId) {
        if (parentExecutionId == null) return Uni.createFrom().nullItem();
        return pool.preparedQuery(ROOT).execute(Tuple.of(parentExecutionId)).map(rs -> {
            if (rs.size() == 0) {
                throw new Invalid("Unknown parent execution.", List.of(FieldError.of("/parent_execution_id",
                        "no execution " + parentExecutionId)));
            }
            return rs.iterator().next().getLong("root_execution_id");
        });
    }
}
