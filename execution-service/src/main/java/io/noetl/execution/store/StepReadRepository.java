package io.noetl.execution.store;

import io.noetl.execution.model.LoopCounts;
import io.noetl.execution.model.StepProgress;
import io.noetl.execution.model.StepSnapshot;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads of `step_state`, joined to the latest command of each step for attempt, worker and tool kind. */
@ApplicationScoped
public class StepReadRepository {

    /**
     * The latest command (highest id) of each step is found through command_execution_id_idx; durations
     * run to the database's now() while a step is running.
     */
    static final String STEPS = """
            SELECT s.step_name, s.status, s.run_count, s.loop_total, s.loop_done, s.loop_failed, s.result, s.error,
                   s.started_at, s.ended_at,
                   extract(epoch FROM coalesce(s.ended_at, now()) - s.started_at)::float8 AS duration_seconds,
                   c.attempt, c.worker_id, c.tool_kind
              FROM step_state s
              LEFT JOIN LATERAL (SELECT attempt, worker_id, tool_kind FROM command c
                                  WHERE c.execution_id = s.execution_id AND c.step_name = s.step_name
                                  ORDER BY c.command_id DESC LIMIT 1) c ON true
             WHERE s.execution_id = $1
             ORDER BY s.started_at NULLS LAST, s.step_name""";

    /** Names and statuses only: the status document must not read every step's result. */
    static final String PROGRESS = """
            SELECT step_name, status FROM step_state WHERE execution_id = $1 ORDER BY started_at NULLS LAST, step_name""";

    public Uni<List<StepSnapshot>> steps(SqlClient db, long executionId) {
        return db.preparedQuery(STEPS).execute(Tuple.of(executionId))
                .map(rows -> rows.stream().map(StepReadRepository::step).toList());
    }

    public Uni<List<StepProgress>> progress(SqlClient db, long executionId) {
        return db.preparedQuery(PROGRESS).execute(Tuple.of(executionId))
                .map(rows -> rows.stream().map(r -> new StepProgress(r.getString("step_name"), r.getString("status"))).toList());
    }

    private static StepSnapshot step(Row row) {
        LoopCounts loop = new LoopCounts(row.getInteger("loop_total"), row.getInteger("loop_done"), row.getInteger("loop_failed"));
        return new StepSnapshot(row.getString("step_name"), row.getString("status"), row.getInteger("run_count"), loop,
                loop.total() > 0, ReadColumns.json(row, "result"), ReadColumns.object(row, "error"),
                row.getOffsetDateTime("started_at"), row.getOffsetDateTime("ended_at"), row.getDouble("duration_seconds"),
                row.getInteger("attempt"), row.getString("worker_id"), row.getString("tool_kind"));
    }
}
