package io.noetl.execution.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.ContextRenderSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads what a render context is built from: the execution row and its completed steps' results. */
@ApplicationScoped
public class ContextRenderRepository {

    /** JSON as text, parsed by Jackson, so the context holds plain maps, lists and numbers as stored. */
    static final String FIND_EXECUTION = """
            SELECT execution_id, catalog_id, parent_execution_id, root_execution_id,
                   workload::text AS workload, ctx::text AS ctx
              FROM execution WHERE execution_id = $1""";

    static final String COMPLETED_RESULTS = """
            SELECT step_name, result::text AS result FROM step_state
             WHERE execution_id = $1 AND status = 'COMPLETED' ORDER BY step_name""";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Emits null when there is no such execution. */
    public Uni<ContextRenderSource> find(SqlClient db, long executionId) {
        return db.preparedQuery(FIND_EXECUTION).execute(Tuple.of(executionId)).chain(rows -> rows.size() == 0
                ? Uni.createFrom().nullItem()
                : completedResults(db, executionId).map(results -> source(rows.iterator().next(), results)));
    }

    private Uni<Map<String, Object>> completedResults(SqlClient db, long executionId) {
        return db.preparedQuery(COMPLETED_RESULTS).execute(Tuple.of(executionId)).map(rows -> {
            Map<String, Object> results = new LinkedHashMap<>();
            rows.forEach(row -> results.put(row.getString("step_name"), plain(row.getString("result"))));
            return results;
        });
    }

    @SuppressWarnings("unchecked")
    private static ContextRenderSource source(Row row, Map<String, Object> results) {
        Object ctx = plain(row.getString("ctx"));
        return new ContextRenderSource(row.getLong("execution_id"), row.getLong("catalog_id"),
                row.getLong("parent_execution_id"), row.getLong("root_execution_id"), plain(row.getString("workload")),
                ctx instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(), results);
    }

    private static Object plain(String json) {
        try {
            return json == null ? null : JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("jsonb column did not parse", e);    // PostgreSQL printed it: cannot happen
        }
    }
}
