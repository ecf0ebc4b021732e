package io.noetl.execution.store;

import io.noetl.execution.model.ArcFiring;
import io.noetl.execution.model.EventFilter;
import io.noetl.execution.model.LoggedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads of one execution's event log, all served by the primary key (execution_id, event_id). */
@ApplicationScoped
public class EventReadRepository {

    /** $1 execution, $2 since_event_id (exclusive), $3 event types; shared by pages and counts. */
    private static final String FILTERS = """
             FROM event
            WHERE execution_id = $1
              AND ($2::bigint IS NULL OR event_id > $2)
              AND ($3::text[] IS NULL OR event_type = ANY($3))""";

    /** Newest first; keyset $4 = the last id of the previous page. */
    static final String PAGE_DESC = "SELECT " + EventReadRows.COLUMNS + FILTERS + """

              AND ($4::bigint IS NULL OR event_id < $4)
            ORDER BY event_id DESC LIMIT $5 OFFSET $6""";

    /** Oldest first, for tailing a run with since_event_id; keyset $4 = the last id seen. */
    static final String PAGE_ASC = "SELECT " + EventReadRows.COLUMNS + FILTERS + """

              AND ($4::bigint IS NULL OR event_id > $4)
            ORDER BY event_id LIMIT $5 OFFSET $6""";

    /** Total for upstream's page mode, the only place a count is computed. */
    static final String COUNT = "SELECT count(*) AS n" + FILTERS;

    static final String LATEST_TYPE = """
            SELECT event_type FROM event WHERE execution_id = $1 ORDER BY event_id DESC LIMIT 1""";

    /**
     * Each distinct entry of meta.arcs_fired on the step.exit events, with how often and when last it
     * fired; a missing or non-array arcs_fired counts as none rather than failing the read.
     */
    static final String ARCS_FIRED = """
            SELECT e.node_name, a.fired, count(*)::int AS fire_count, max(e.created_at) AS last_fired_at
              FROM event e
             CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.meta->'arcs_fired') = 'array'
                                                          THEN e.meta->'arcs_fired' ELSE '[]'::jsonb END) AS a(fired)
             WHERE e.execution_id = $1 AND e.event_type = 'step.exit'
             GROUP BY e.node_name, a.fired""";

    public Uni<List<LoggedEvent>> page(SqlClient db, long executionId, EventFilter f, Long afterId, int limit, int offset) {
        Tuple args = filters(executionId, f).addLong(afterId).addInteger(limit).addInteger(offset);
        return db.preparedQuery(f.ascending() ? PAGE_ASC : PAGE_DESC).execute(args)
                .map(rows -> rows.stream().map(EventReadRows::event).toList());
    }

    public Uni<Long> count(SqlClient db, long executionId, EventFilter f) {
        return db.preparedQuery(COUNT).execute(filters(executionId, f))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    /** The type of the execution's latest event, or null when it has none. */
    public Uni<String> latestType(SqlClient db, long executionId) {
        return db.preparedQuery(LATEST_TYPE).execute(Tuple.of(executionId))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString("event_type") : null);
    }

    public Uni<List<ArcFiring>> arcsFired(SqlClient db, long executionId) {
        return db.preparedQuery(ARCS_FIRED).execute(Tuple.of(executionId))
                .map(rows -> rows.stream().map(r -> new ArcFiring(r.getString("node_name"), ReadColumns.json(r, "fired"),
                        r.getInteger("fire_count"), r.getOffsetDateTime("last_fired_at"))).toList());
    }

    private static Tuple filters(long executionId, EventFilter f) {
        return Tuple.tuple().addLong(executionId).addLong(f.sinceEventId())
                .addArrayOfString(f.types().isEmpty() ? null : f.types().toArray(String[]::new));
    }
}
