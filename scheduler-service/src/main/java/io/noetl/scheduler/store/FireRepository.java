package io.noetl.scheduler.store;

import static io.noetl.scheduler.store.ScheduleRows.FIRE_COLUMNS;
import static io.noetl.scheduler.store.ScheduleRows.bind;

import io.noetl.scheduler.model.ClaimedFire;
import io.noetl.scheduler.model.Fire;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The `schedule_fire` table: one row per slot. Its primary key (schedule_id, fire_time) is what makes a
 * second fire of a slot impossible; every start attempt and outcome is fenced on status = 'STARTING'.
 */
@ApplicationScoped
public class FireRepository {

    /** Records slots; one already recorded (by another instance, or before a crash) stays as it is. */
    static final String RECORD = """
            INSERT INTO schedule_fire (schedule_id, fire_time, input_payload, next_attempt_at)
            SELECT $1, slot, $3, now() FROM unnest($2::timestamptz[]) AS slot
            ON CONFLICT (schedule_id, fire_time) DO NOTHING""";

    /** A manual fire at the database time, already claimed by the caller for its first attempt. */
    static final String RECORD_MANUAL = """
            INSERT INTO schedule_fire (schedule_id, fire_time, input_payload, manual, attempts, next_attempt_at)
            VALUES ($1, date_trunc('milliseconds', now()), $2, true, 1, now() + make_interval(secs => $3))
            ON CONFLICT (schedule_id, fire_time) DO NOTHING
            RETURNING fire_time""";

    /**
     * Claims due start attempts, oldest slot first: the claim pushes next_attempt_at forward, so another
     * instance retries the fire only if this one dies before recording the outcome.
     */
    static final String CLAIM_STARTS = """
            WITH due AS (
                SELECT schedule_id, fire_time FROM schedule_fire
                 WHERE status = 'STARTING' AND next_attempt_at <= now()
                 ORDER BY next_attempt_at, fire_time LIMIT $1
                 FOR UPDATE SKIP LOCKED)
            UPDATE schedule_fire f SET attempts = f.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
              FROM due, schedule s
             WHERE f.schedule_id = due.schedule_id AND f.fire_time = due.fire_time AND s.schedule_id = f.schedule_id
            RETURNING f.schedule_id, f.fire_time, f.input_payload, f.attempts, f.manual, s.playbook_path, s.playbook_version""";

    static final String CLAIMED = """
            SELECT f.schedule_id, f.fire_time, f.input_payload, f.attempts, f.manual, s.playbook_path, s.playbook_version
              FROM schedule_fire f JOIN schedule s USING (schedule_id)
             WHERE f.schedule_id = $1 AND f.fire_time = $2""";

    static final String STARTED = """
            UPDATE schedule_fire SET execution_id = $3, status = $4, error = NULL, started_at = now(), next_attempt_at = NULL
             WHERE schedule_id = $1 AND fire_time = $2 AND status = 'STARTING'
            RETURNING started_at""";

    static final String REFUSED = """
            UPDATE schedule_fire SET status = 'START_FAILED', error = $3, next_attempt_at = NULL
             WHERE schedule_id = $1 AND fire_time = $2 AND status = 'STARTING'""";

    static final String RETRY_LATER = """
            UPDATE schedule_fire SET error = $3, next_attempt_at = now() + make_interval(secs => $4)
             WHERE schedule_id = $1 AND fire_time = $2 AND status = 'STARTING'""";

    static final String FIND = "SELECT " + FIRE_COLUMNS + " FROM schedule_fire WHERE schedule_id = $1 AND fire_time = $2";

    /** Run history newest first (served by the primary key), within [since, until), after the cursor's slot. */
    static final String RUNS = "SELECT " + FIRE_COLUMNS + """
             FROM schedule_fire
            WHERE schedule_id = $1 AND ($2::timestamptz IS NULL OR fire_time >= $2)
              AND ($3::timestamptz IS NULL OR fire_time < $3) AND ($4::timestamptz IS NULL OR fire_time < $4)
            ORDER BY fire_time DESC LIMIT $5""";

    /** Started fires whose execution may still change status, oldest first. */
    static final String OPEN = """
            SELECT schedule_id, fire_time, execution_id FROM schedule_fire
             WHERE status IN ('PENDING', 'RUNNING') AND execution_id IS NOT NULL
             ORDER BY created_at LIMIT $1""";

    static final String SYNC_STATUS = """
            UPDATE schedule_fire SET status = $3
             WHERE schedule_id = $1 AND fire_time = $2 AND status IN ('PENDING', 'RUNNING') AND status <> $3""";

    public Uni<Void> record(SqlClient db, long scheduleId, List<Instant> slots, Map<String, Object> payload) {
        OffsetDateTime[] bound = slots.stream().map(ScheduleRows::bind).toArray(OffsetDateTime[]::new);
        return db.preparedQuery(RECORD).execute(Tuple.of(scheduleId, bound, bind(payload))).replaceWithVoid();
    }

    /** Emits the fire time, or null when a fire with the same millisecond already exists. */
    public Uni<Instant> recordManual(SqlClient db, long scheduleId, Map<String, Object> payload, Duration claim) {
        return db.preparedQuery(RECORD_MANUAL).execute(Tuple.of(scheduleId, bind(payload), seconds(claim)))
                .map(rows -> rows.iterator().hasNext() ? ScheduleRows.instant(rows.iterator().next(), "fire_time") : null);
    }

    public Uni<List<ClaimedFire>> claimStarts(SqlClient db, int limit, Duration claim) {
        return db.preparedQuery(CLAIM_STARTS).execute(Tuple.of(limit, seconds(claim)))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(ScheduleRows::claimed).toList());
    }

    public Uni<ClaimedFire> claimed(SqlClient db, long scheduleId, Instant fireTime) {
        return db.preparedQuery(CLAIMED).execute(Tuple.of(scheduleId, bind(fireTime)))
                .map(rows -> rows.iterator().hasNext() ? ScheduleRows.claimed(rows.iterator().next()) : null);
    }

    /** Emits when the start was recorded, or null when the fire was no longer STARTING (or is gone). */
    public Uni<Instant> started(SqlClient db, long scheduleId, Instant fireTime, long executionId, String status) {
        return db.preparedQuery(STARTED).execute(Tuple.of(scheduleId, bind(fireTime), executionId, status))
                .map(rows -> rows.iterator().hasNext() ? ScheduleRows.instant(rows.iterator().next(), "started_at") : null);
    }

    public Uni<Boolean> refused(SqlClient db, long scheduleId, Instant fireTime, String error) {
        return db.preparedQuery(REFUSED).execute(Tuple.of(scheduleId, bind(fireTime), error)).map(FireRepository::changed);
    }

    public Uni<Void> retryLater(SqlClient db, long scheduleId, Instant fireTime, String error, Duration delay) {
        return db.preparedQuery(RETRY_LATER).execute(Tuple.of(scheduleId, bind(fireTime), error, seconds(delay))).replaceWithVoid();
    }

    public Uni<Fire> find(SqlClient db, long scheduleId, Instant fireTime) {
        return db.preparedQuery(FIND).execute(Tuple.of(scheduleId, bind(fireTime)))
                .map(rows -> rows.iterator().hasNext() ? ScheduleRows.fire(rows.iterator().next()) : null);
    }

    public Uni<List<Fire>> runs(SqlClient db, long scheduleId, Instant since, Instant until, Instant before, int limit) {
        return db.preparedQuery(RUNS).execute(Tuple.of(scheduleId, bind(since), bind(until), bind(before), limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(ScheduleRows::fire).toList());
    }

    public Uni<List<Fire>> open(SqlClient db, int limit) {
        return db.preparedQuery(OPEN).execute(Tuple.of(limit)).map(rows -> StreamSupport.stream(rows.spliterator(), false)
                .map(r -> new Fire(r.getLong("schedule_id"), ScheduleRows.instant(r, "fire_time"), r.getLong("execution_id"),
                        null, null, false, null, null)).toList());
    }

    public Uni<Void> syncStatus(SqlClient db, long scheduleId, Instant fireTime, String status) {
        return db.preparedQuery(SYNC_STATUS).execute(Tuple.of(scheduleId, bind(fireTime), status)).replaceWithVoid();
    }

    private static boolean changed(RowSet<Row> rows) {
        return rows.rowCount() == 1;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
