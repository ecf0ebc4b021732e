package io.noetl.platform.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Singleton leases for background loops. Expiry is decided by the database clock only, so replicas with
 * drifting clocks still agree on who holds a lease.
 */
@ApplicationScoped
public class LeaseRepository {

    /**
     * Takes the lease when it is free, expired, or already ours (then it is renewed); returns a row only
     * when we hold it afterwards. Two replicas racing on an expired row serialize on the row lock, and
     * the loser's WHERE sees the winner's fresh expiry, so exactly one wins.
     */
    static final String ACQUIRE = """
            INSERT INTO lease (name, owner, acquired_at, expires_at)
            VALUES ($1, $2, now(), now() + make_interval(secs => $3))
            ON CONFLICT (name) DO UPDATE
               SET owner = EXCLUDED.owner,
                   acquired_at = CASE WHEN lease.owner = EXCLUDED.owner THEN lease.acquired_at ELSE now() END,
                   expires_at = EXCLUDED.expires_at
             WHERE lease.owner = EXCLUDED.owner OR lease.expires_at < now()
            RETURNING owner""";

    /** Gives the lease up at shutdown so a peer takes over at once instead of after expiry. */
    static final String RELEASE = "DELETE FROM lease WHERE name = $1 AND owner = $2";

    static final String OWNER = "SELECT owner FROM lease WHERE name = $1 AND expires_at >= now()";

    public Uni<Boolean> tryAcquire(SqlClient db, String name, String owner, Duration ttl) {
        return db.preparedQuery(ACQUIRE).execute(Tuple.of(name, owner, ttl.toMillis() / 1000.0))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> release(SqlClient db, String name, String owner) {
        return db.preparedQuery(RELEASE).execute(Tuple.of(name, owner)).map(rows -> rows.rowCount() == 1);
    }

    /** The current, unexpired holder, or null. */
    public Uni<String> currentOwner(SqlClient db, String name) {
        return db.preparedQuery(OWNER).execute(Tuple.of(name))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("owner"));
    }
}
