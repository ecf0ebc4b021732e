package io.noetl.execution.store;

import io.noetl.execution.model.Variable;
import io.noetl.execution.model.VariableInput;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Execution variables (`transient`, api.md §4.5). */
@ApplicationScoped
public class VariableRepository {

    /** `transient` has no foreign key to `execution`, so the routes ask first (404 for an unknown execution). */
    static final String EXECUTION_EXISTS = "SELECT 1 FROM execution WHERE execution_id = $1";

    static final String LIST = "SELECT " + VariableRows.COLUMNS + " FROM transient WHERE execution_id = $1 ORDER BY var_name";

    /** Reads and counts in one statement, so two concurrent reads never lose a count. */
    static final String READ = """
            UPDATE transient SET access_count = access_count + 1, accessed_at = now()
             WHERE execution_id = $1 AND var_name = $2
            RETURNING\s""" + VariableRows.COLUMNS;

    /**
     * Writes every variable of one request in one statement: $4 is a JSON object of name → value, expanded by
     * jsonb_each. Bound as text and cast, because a String bound to a jsonb parameter would become a JSON string.
     * An overwrite keeps created_at and the access statistics of the name.
     */
    static final String UPSERT = """
            INSERT INTO transient (execution_id, var_name, var_type, var_value, source_step)
            SELECT $1, v.key, $2, v.value, $3 FROM jsonb_each($4::text::jsonb) v
            ON CONFLICT ON CONSTRAINT transient_pkey DO UPDATE
               SET var_type = EXCLUDED.var_type, var_value = EXCLUDED.var_value, source_step = EXCLUDED.source_step""";

    static final String DELETE_ONE = "DELETE FROM transient WHERE execution_id = $1 AND var_name = $2";

    static final String DELETE_ALL = "DELETE FROM transient WHERE execution_id = $1";

    public Uni<Boolean> executionExists(SqlClient db, long executionId) {
        return db.preparedQuery(EXECUTION_EXISTS).execute(Tuple.of(executionId)).map(rows -> rows.size() > 0);
    }

    public Uni<List<Variable>> list(SqlClient db, long executionId) {
        return db.preparedQuery(LIST).execute(Tuple.of(executionId))
                .map(rows -> rows.stream().map(VariableRows::variable).toList());
    }

    /** Emits null when the execution has no such variable. */
    public Uni<Variable> read(SqlClient db, long executionId, String name) {
        return db.preparedQuery(READ).execute(Tuple.of(executionId, name))
                .map(rows -> rows.size() == 0 ? null : VariableRows.variable(rows.iterator().next()));
    }

    public Uni<Integer> upsert(SqlClient db, long executionId, VariableInput in) {
        Tuple args = Tuple.of(executionId, in.type().wire(), in.sourceStep(), in.variables().toString());
        return db.preparedQuery(UPSERT).execute(args).map(rows -> rows.rowCount());
    }

    public Uni<Boolean> delete(SqlClient db, long executionId, String name) {
        return db.preparedQuery(DELETE_ONE).execute(Tuple.of(executionId, name)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Integer> deleteAll(SqlClient db, long executionId) {
        return db.preparedQuery(DELETE_ALL).execute(Tuple.of(executionId)).map(rows -> rows.rowCount());
    }
}
