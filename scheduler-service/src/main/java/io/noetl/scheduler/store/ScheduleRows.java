package io.noetl.scheduler.store;

import io.noetl.scheduler.model.Catchup;
import io.noetl.scheduler.model.ClaimedFire;
import io.noetl.scheduler.model.Fire;
import io.noetl.scheduler.model.Schedule;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Maps `schedule` and `schedule_fire` rows; each column is named once, here. */
final class ScheduleRows {

    static final String SCHEDULE_COLUMNS = """
            schedule_id, playbook_path, playbook_version, cron, interval_seconds, timezone, enabled, catchup,
            max_catchup, input_payload, next_run_at, last_run_at, last_status, last_execution_id, meta, created_at, updated_at""";

    static final String FIRE_COLUMNS = "schedule_id, fire_time, execution_id, status, error, manual, started_at, created_at";

    private ScheduleRows() {
    }

    static Schedule schedule(Row r) {
        return new Schedule(r.getLong("schedule_id"), r.getString("playbook_path"), r.getInteger("playbook_version"),
                r.getString("cron"), r.getInteger("interval_seconds"), r.getString("timezone"), r.getBoolean("enabled"),
                Catchup.parse(r.getString("catchup")), r.getInteger("max_catchup"), map(r, "input_payload"),
                instant(r, "next_run_at"), instant(r, "last_run_at"), r.getString("last_status"), r.getLong("last_execution_id"),
                map(r, "meta"), instant(r, "created_at"), instant(r, "updated_at"));
    }

    static Fire fire(Row r) {
        return new Fire(r.getLong("schedule_id"), instant(r, "fire_time"), r.getLong("execution_id"), r.getString("status"),
                r.getString("error"), r.getBoolean("manual"), instant(r, "started_at"), instant(r, "created_at"));
    }

    static ClaimedFire claimed(Row r) {
        return new ClaimedFire(r.getLong("schedule_id"), instant(r, "fire_time"), map(r, "input_payload"),
                r.getInteger("attempts"), r.getBoolean("manual"), r.getString("playbook_path"), r.getInteger("playbook_version"));
    }

    static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime bind(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    static JsonObject bind(Map<String, Object> m) {
        return m == null ? null : new JsonObject(m);
    }

    private static Map<String, Object> map(Row r, String column) {
        JsonObject value = r.getJsonObject(column);
        return value == null ? null : value.getMap();
    }
}
