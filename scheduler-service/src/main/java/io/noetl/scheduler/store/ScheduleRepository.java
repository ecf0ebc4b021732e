package io.noetl.scheduler.store;

import static io.noetl.scheduler.store.ScheduleRows.SCHEDULE_COLUMNS;
import static io.noetl.scheduler.store.ScheduleRows.bind;

import io.noetl.scheduler.model.Schedule;
import io.noetl.scheduler.model.ScheduleDraft;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

/** The `schedule` table: definitions, their next slot, and what their last fire did. */
@ApplicationScoped
public class ScheduleRepository {

    static final String INSERT = """
            INSERT INTO schedule (playbook_path, playbook_version, cron, interval_seconds, timezone, enabled, catchup,
                                  max_catchup, input_payload, meta, next_run_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            RETURNING\s""" + SCHEDULE_COLUMNS;

    static final String UPDATE = """
            UPDATE schedule SET playbook_path = $2, playbook_version = $3, cron = $4, interval_seconds = $5, timezone = $6,
                   enabled = $7, catchup = $8, max_catchup = $9, input_payload = $10, meta = $11, next_run_at = $12,
                   updated_at = now()
             WHERE schedule_id = $1
            RETURNING\s""" + SCHEDULE_COLUMNS;

    static final String FIND = "SELECT " + SCHEDULE_COLUMNS + " FROM schedule WHERE schedule_id = $1";

    /** Locks the row so a concurrent tick or edit waits: an edit never races a fire of the old timing. */
    static final String LOCK = FIND + " FOR UPDATE";

    /** Ascending id after the cursor's, filtered by exact path and enabled when given. */
    static final String LIST = "SELECT " + SCHEDULE_COLUMNS + """
             FROM schedule
            WHERE ($1::text IS NULL OR playbook_path = $1) AND ($2::boolean IS NULL OR enabled = $2)
              AND schedule_id > $3
            ORDER BY schedule_id LIMIT $4""";

    static final String DELETE = "DELETE FROM schedule WHERE schedule_id = $1";

    /**
     * The tick's claim: due enabled schedules, locked so that another instance's tick skips them until this
     * transaction records their fires and moves next_run_at past now (it then no longer matches).
     */
    static final String CLAIM_DUE = "SELECT " + SCHEDULE_COLUMNS + """
            , now() AS db_now
             FROM schedule
            WHERE enabled AND next_run_at <= now()
            ORDER BY next_run_at LIMIT $1
            FOR UPDATE SKIP LOCKED""";

    /** After recording fires: the next slot, and the newest recorded slot as last run (older catch-up slots never win). */
    static final String ADVANCE = """
            UPDATE schedule SET next_run_at = $2,
                   last_status = CASE WHEN $3::timestamptz IS NOT NULL AND (last_run_at IS NULL OR last_run_at <= $3)
                                      THEN 'STARTING' ELSE last_status END,
                   last_run_at = CASE WHEN $3::timestamptz IS NOT NULL AND (last_run_at IS NULL OR last_run_at <= $3)
                                      THEN $3 ELSE last_run_at END
             WHERE schedule_id = $1""";

    /** A start outcome reaches the schedule only if this fire is still its newest. */
    static final String RECORD_OUTCOME = """
            UPDATE schedule SET last_status = $3, last_execution_id = coalesce($4, last_execution_id)
             WHERE schedule_id = $1 AND last_run_at = $2""";

    static final String NOW = "SELECT now() AS now";

    public Uni<Schedule> insert(SqlClient db, ScheduleDraft d, Instant nextRunAt) {
        return db.preparedQuery(INSERT).execute(Tuple.from(new Object[] {d.playbookPath(), d.playbookVersion(), d.cron(),
                d.intervalSeconds(), d.timezone(), d.enabled(), d.catchup().wire(), d.maxCatchup(), bind(d.inputPayload()),
                bind(d.meta()), bind(nextRunAt)})).map(ScheduleRepository::one);
    }

    public Uni<Schedule> update(SqlClient db, long id, ScheduleDraft d, Instant nextRunAt) {
        return db.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {id, d.playbookPath(), d.playbookVersion(), d.cron(),
                d.intervalSeconds(), d.timezone(), d.enabled(), d.catchup().wire(), d.maxCatchup(), bind(d.inputPayload()),
                bind(d.meta()), bind(nextRunAt)})).map(ScheduleRepository::one);
    }

    /** Emits null when absent. */
    public Uni<Schedule> find(SqlClient db, long id) {
        return db.preparedQuery(FIND).execute(Tuple.of(id)).map(ScheduleRepository::one);
    }

    public Uni<Schedule> lock(SqlClient db, long id) {
        return db.preparedQuery(LOCK).execute(Tuple.of(id)).map(ScheduleRepository::one);
    }

    public Uni<List<Schedule>> list(SqlClient db, String path, Boolean enabled, long afterId, int limit) {
        return db.preparedQuery(LIST).execute(Tuple.of(path, enabled, afterId, limit)).map(ScheduleRepository::all);
    }

    public Uni<Boolean> delete(SqlClient db, long id) {
        return db.preparedQuery(DELETE).execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<DueSchedules> claimDue(SqlClient db, int limit) {
        return db.preparedQuery(CLAIM_DUE).execute(Tuple.of(limit)).map(rows -> {
            Instant now = null;
            for (Row r : rows) now = ScheduleRows.instant(r, "db_now");
            return new DueSchedules(all(rows), now);
        });
    }

    public Uni<Void> advance(SqlClient db, long id, Instant nextRunAt, Instant newestFired) {
        return db.preparedQuery(ADVANCE).execute(Tuple.of(id, bind(nextRunAt), bind(newestFired))).replaceWithVoid();
    }

    public Uni<Void> recordOutcome(SqlClient db, long id, Instant fireTime, String status, Long executionId) {
        return db.preparedQuery(RECORD_OUTCOME).execute(Tuple.of(id, bind(fireTime), status, executionId)).replaceWithVoid();
    }

    /** The database clock, the one clock fire times and due-ness are judged by. */
    public Uni<Instant> now(SqlClient db) {
        return db.preparedQuery(NOW).execute().map(rows -> ScheduleRows.instant(rows.iterator().next(), "now"));
    }

    /** The claimed schedules and the database time of the claim. */
    public record DueSchedules(List<Schedule> schedules, Instant now) {
    }

    private static Schedule one(RowSet<Row> rows) {
        var it = rows.iterator();
        return it.hasNext() ? ScheduleRows.schedule(it.next()) : null;
    }

    private static List<Schedule> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(ScheduleRows::schedule).toList();
    }
}
