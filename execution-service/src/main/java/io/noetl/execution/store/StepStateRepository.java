package io.noetl.execution.store;

import io.noetl.execution.engine.RunState;
import io.noetl.execution.engine.StepRow;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;

/** step_state: loaded whole into a {@link RunState} and written back row by row when changed. */
@ApplicationScoped
public class StepStateRepository {

    static final String LOAD = """
            SELECT step_name, status, run_count, tokens, loop_total, loop_done, loop_failed, loop_released,
                   loop_max_in_flight, result, error, started_at, ended_at, has_result
              FROM noetl.step_state WHERE execution_id = $1""";

    static final String UPSERT = """
            INSERT INTO noetl.step_state (execution_id, step_name, status, run_count, arrivals, tokens, loop_total,
                   loop_done, loop_failed, loop_released, loop_max_in_flight, result, error, started_at, ended_at, has_result)
            VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9, $10, $11, $12::text::jsonb, $13::text::jsonb, $14, $15, $16)
            ON CONFLICT (execution_id, step_name) DO UPDATE SET status = EXCLUDED.status, run_count = EXCLUDED.run_count,
                   arrivals = EXCLUDED.arrivals, tokens = EXCLUDED.tokens, loop_total = EXCLUDED.loop_total,
                   loop_done = EXCLUDED.loop_done, loop_failed = EXCLUDED.loop_failed,
                   loop_released = EXCLUDED.loop_released, loop_max_in_flight = EXCLUDED.loop_max_in_flight,
                   result = EXCLUDED.result, error = EXCLUDED.error, started_at = EXCLUDED.started_at,
                   ended_at = EXCLUDED.ended_at, has_result = EXCLUDED.has_result""";

    /** Finalize: every step run still active (RUNNING, or PENDING after being issued) ends FAILED with the error. */
    static final String FAIL_ACTIVE = """
            UPDATE noetl.step_state SET status = 'FAILED', error = $2::text::jsonb, ended_at = now()
             WHERE execution_id = $1 AND (status = 'RUNNING' OR (status = 'PENDING' AND run_count > 0))""";

    public Uni<Void> load(SqlClient tx, RunState s) {
        return tx.preparedQuery(LOAD).execute(Tuple.of(s.executionId)).invoke(rs -> rs.forEach(r -> {
            StepRow row = s.row(r.getString("step_name"));
            if (row != null) read(r, row);
        })).replaceWithVoid();
    }

    /** Writes every row (new executions) or only the changed ones. */
    public Uni<Void> save(SqlClient tx, RunState s, boolean all) {
        List<Tuple> rows = s.steps.values().stream().filter(r -> all || r.dirty).map(r -> tuple(s.executionId, r)).toList();
        if (rows.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery(UPSERT).executeBatch(rows).replaceWithVoid();
    }

    public Uni<Integer> failActive(SqlClient tx, long executionId, Object error) {
        return tx.preparedQuery(FAIL_ACTIVE).execute(Tuple.of(executionId, Json.text(error))).map(rs -> rs.rowCount());
    }

    private static void read(Row r, StepRow row) {
        row.status = r.getString("status");
        row.runCount = r.getInteger("run_count");
        JsonArray tokens = (JsonArray) r.getValue("tokens");
        tokens.forEach(t -> row.tokens.add(String.valueOf(t)));
        row.loopTotal = r.getInteger("loop_total");
        row.loopDone = r.getInteger("loop_done");
        row.loopFailed = r.getInteger("loop_failed");
        row.loopReleased = r.getInteger("loop_released");
        row.loopMaxInFlight = r.getInteger("loop_max_in_flight");
        row.result = Json.plain(r.getValue("result"));
        row.error = Json.map(r.getValue("error"));
        row.startedAt = r.getOffsetDateTime("started_at") == null ? null : r.getOffsetDateTime("started_at").toInstant();
        row.endedAt = r.getOffsetDateTime("ended_at") == null ? null : r.getOffsetDateTime("ended_at").toInstant();
        row.hasOkResult = r.getBoolean("has_result");
    }

    private static Tuple tuple(long executionId, StepRow r) {
        return Tuple.from(new Object[] {executionId, r.name, r.status, r.runCount, r.tokens.size(),
                Json.text(r.tokens), r.loopTotal, r.loopDone, r.loopFailed, r.loopReleased,
                r.loopMaxInFlight, Json.text(r.result), Json.text(r.error),
                r.startedAt == null ? null : r.startedAt.atOffset(ZoneOffset.UTC),
                r.endedAt == null ? null : r.endedAt.atOffset(ZoneOffset.UTC), r.hasOkResult});
    }
}
