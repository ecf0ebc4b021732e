package io.noetl.platform.store;

import io.noetl.platform.model.Registration;
import io.noetl.platform.model.RuntimeInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/** The runtime registry. Every instance writes only its own row, except the sweeper. */
@ApplicationScoped
public class RuntimeRepository {

    /**
     * Registers or heartbeats (kind, name): one statement for both, so a row the sweeper marked offline
     * while this instance was only slow (a long GC pause) comes back with its next heartbeat. The
     * registrar stops heartbeating, and waits for the one in flight, before it marks itself offline, so
     * a stopped row stays offline.
     */
    static final String UPSERT = """
            INSERT INTO runtime (kind, name, uri, status, labels, capabilities, capacity, runtime, heartbeat)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
            ON CONFLICT ON CONSTRAINT runtime_kind_name_key DO UPDATE
               SET uri = EXCLUDED.uri, status = EXCLUDED.status, labels = EXCLUDED.labels,
                   capabilities = EXCLUDED.capabilities, capacity = EXCLUDED.capacity,
                   runtime = EXCLUDED.runtime, heartbeat = now(), updated_at = now()
            RETURNING runtime_id""";

    /** Marks one row offline at shutdown; fenced by id so a successor's row with another id is untouched. */
    static final String MARK_OFFLINE = """
            UPDATE runtime SET status = 'offline', updated_at = now() WHERE runtime_id = $1 AND status <> 'offline'""";

    /** Rows whose heartbeat is older than $1 seconds by the database clock go offline. */
    static final String SWEEP_STALE = """
            UPDATE runtime SET status = 'offline', updated_at = now()
             WHERE status <> 'offline' AND heartbeat < now() - make_interval(secs => $1)""";

    /** Offline rows past the retention period are removed. */
    static final String DELETE_OLD_OFFLINE = """
            DELETE FROM runtime WHERE status = 'offline' AND heartbeat < now() - make_interval(secs => $1)""";

    static final String FIND_BY_ID = "SELECT " + RuntimeRows.COLUMNS + " FROM runtime WHERE runtime_id = $1";

    /** Ready instances of a kind with a fresh heartbeat, for discovery. */
    static final String FIND_READY = "SELECT " + RuntimeRows.COLUMNS + """
             FROM runtime
            WHERE kind = $1 AND status = 'ready' AND heartbeat >= now() - make_interval(secs => $2)
            ORDER BY name""";

    /** One page of the registry by (kind, name), after the cursor position ($3, $4); null filters match all. */
    static final String LIST = "SELECT " + RuntimeRows.COLUMNS + """
             FROM runtime
            WHERE ($1::text[] IS NULL OR kind = ANY($1))
              AND ($2::text[] IS NULL OR status = ANY($2))
              AND ($3::text IS NULL OR (kind, name) > ($3, $4))
            ORDER BY kind, name
            LIMIT $5""";

    public Uni<Long> upsert(SqlClient db, Registration r) {
        Tuple args = Tuple.tuple()
                .addString(r.kind().wire()).addString(r.name()).addString(r.uri()).addString(r.status().wire())
                .addValue(r.labels()).addValue(r.capabilities()).addInteger(r.capacity()).addValue(r.runtime());
        return db.preparedQuery(UPSERT).execute(args)
                .map(rows -> rows.iterator().next().getLong("runtime_id"));
    }

    public Uni<Boolean> markOffline(SqlClient db, long runtimeId) {
        return db.preparedQuery(MARK_OFFLINE).execute(Tuple.of(runtimeId)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Integer> sweepStale(SqlClient db, Duration maxAge) {
        return db.preparedQuery(SWEEP_STALE).execute(Tuple.of(seconds(maxAge))).map(rows -> rows.rowCount());
    }

    public Uni<Integer> deleteOldOffline(SqlClient db, Duration retention) {
        return db.preparedQuery(DELETE_OLD_OFFLINE).execute(Tuple.of(seconds(retention))).map(rows -> rows.rowCount());
    }

    /** Emits null when there is no such row. */
    public Uni<RuntimeInstance> findById(SqlClient db, long runtimeId) {
        return db.preparedQuery(FIND_BY_ID).execute(Tuple.of(runtimeId))
                .map(rows -> rows.size() == 0 ? null : RuntimeRows.instance(rows.iterator().next()));
    }

    public Uni<List<RuntimeInstance>> findReady(SqlClient db, String kind, Duration maxHeartbeatAge) {
        return db.preparedQuery(FIND_READY).execute(Tuple.of(kind, seconds(maxHeartbeatAge)))
                .map(rows -> rows.stream().map(RuntimeRows::instance).toList());
    }

    public Uni<List<RuntimeInstance>> list(SqlClient db, RuntimeQuery q) {
        Tuple args = Tuple.tuple()
                .addArrayOfString(q.kinds()).addArrayOfString(q.statuses())
                .addString(q.afterKind()).addString(q.afterName()).addInteger(q.limit());
        return db.preparedQuery(LIST).execute(args).map(rows -> rows.stream().map(RuntimeRows::instance).toList());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
