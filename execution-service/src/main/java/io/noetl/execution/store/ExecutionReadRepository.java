package io.noetl.execution.store;

import io.noetl.execution.model.ExecutionFilter;
import io.noetl.execution.model.ExecutionSnapshot;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads of `execution`: one by id, and the filtered listing newest first. */
@ApplicationScoped
public class ExecutionReadRepository {

    static final String BY_ID = "SELECT " + ExecutionReadRows.FULL + " FROM execution e WHERE e.execution_id = $1";

    /**
     * Newest first = descending id (snowflakes sort by creation time), walked backwards on the primary key.
     * $1 statuses, $2 path, $3 catalog_id, $4 parent, $5/$6 created_at window [since, until), $7 keyset:
     * the last id seen; $8 limit and $9 offset (page mode only).
     */
    static final String LIST = "SELECT " + ExecutionReadRows.SUMMARY + """

             FROM execution e
            WHERE ($1::text[] IS NULL OR e.status = ANY($1))
              AND ($2::text IS NULL OR e.path = $2)
              AND ($3::bigint IS NULL OR e.catalog_id = $3)
              AND ($4::bigint IS NULL OR e.parent_execution_id = $4)
              AND ($5::timestamptz IS NULL OR e.created_at >= $5)
              AND ($6::timestamptz IS NULL OR e.created_at < $6)
              AND ($7::bigint IS NULL OR e.execution_id < $7)
            ORDER BY e.execution_id DESC LIMIT $8 OFFSET $9""";

    /** The execution with workload, ctx and result, or null. */
    public Uni<ExecutionSnapshot> find(SqlClient db, long executionId) {
        return db.preparedQuery(BY_ID).mapping(ExecutionReadRows::full).execute(Tuple.of(executionId))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next() : null);
    }

    public Uni<List<ExecutionSnapshot>> list(SqlClient db, ExecutionFilter f, Long beforeId, int limit, int offset) {
        Tuple args = Tuple.tuple()
                .addArrayOfString(f.statuses().isEmpty() ? null : f.statuses().toArray(String[]::new))
                .addString(f.path()).addLong(f.catalogId()).addLong(f.parentExecutionId())
                .addOffsetDateTime(f.since()).addOffsetDateTime(f.until())
                .addLong(beforeId).addInteger(limit).addInteger(offset);
        return db.preparedQuery(LIST).execute(args)
                .map(rows -> rows.stream().map(ExecutionReadRows::summary).toList());
    }
}
