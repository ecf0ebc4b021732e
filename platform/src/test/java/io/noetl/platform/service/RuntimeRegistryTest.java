package io.noetl.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.platform.PgTestBase;
import io.noetl.platform.TestRuntimeConfig;
import io.noetl.platform.store.LeaseRepository;
import io.noetl.platform.store.RuntimeRepository;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registration, heartbeat, shutdown and sweeping of registry rows, on the real platform database. */
class RuntimeRegistryTest extends PgTestBase {

    private final RuntimeRepository runtimes = new RuntimeRepository();

    private RuntimeRegistrar registrar(String name) {
        TestRuntimeConfig config = TestRuntimeConfig.of("worker_pool", name);
        RuntimeRegistrar r = new RuntimeRegistrar(pool, runtimes, config, new InstanceIdentity(config), new NoCapabilities());
        r.useUri("http://localhost:9999");
        return r;
    }

    private RuntimeSweeper sweeper() {
        TestRuntimeConfig config = TestRuntimeConfig.of("worker_pool", "sweeper");
        SingletonLease singleton = new SingletonLease(pool, new LeaseRepository(), "sweeper-" + UUID.randomUUID());
        return new RuntimeSweeper(pool, runtimes, singleton, config);
    }

    private static Row row(long id) {
        return sql("SELECT status, kind, name, uri, capacity, labels->>'zone' AS zone, runtime->>'service' AS service, "
                + "heartbeat FROM runtime WHERE runtime_id = $1", id).get(0);
    }

    @Test
    void anInstanceRegistersReadyWithItsUriLabelsCapacityAndFacts() {
        String name = "reg-" + UUID.randomUUID();
        long id = registrar(name).heartbeat().await().atMost(WAIT);
        Row row = row(id);
        assertThat(row.getString("status")).isEqualTo("ready");
        assertThat(row.getString("kind")).isEqualTo("worker_pool");
        assertThat(row.getString("name")).isEqualTo(name);
        assertThat(row.getString("uri")).isEqualTo("http://localhost:9999");
        assertThat(row.getInteger("capacity")).isEqualTo(4);
        assertThat(row.getString("zone")).isEqualTo("test");
        assertThat(row.getString("service")).isEqualTo("test-service");
    }

    @Test
    void aHeartbeatKeepsTheSameRowAndMovesItsHeartbeatForward() {
        RuntimeRegistrar r = registrar("hb-" + UUID.randomUUID());
        long id = r.heartbeat().await().atMost(WAIT);
        sql("UPDATE runtime SET heartbeat = now() - interval '1 minute' WHERE runtime_id = $1", id);
        assertThat(r.heartbeat().await().atMost(WAIT)).isEqualTo(id);
        assertThat(sql("SELECT heartbeat > now() - interval '5 seconds' FROM runtime WHERE runtime_id = $1", id)
                .get(0).getBoolean(0)).isTrue();
    }

    @Test
    void shutdownMarksTheRowOfflineAndStopsHeartbeats() {
        RuntimeRegistrar r = registrar("stop-" + UUID.randomUUID());
        long id = r.heartbeat().await().atMost(WAIT);
        r.onStop(null);
        assertThat(row(id).getString("status")).isEqualTo("offline");
        r.tick().await().atMost(WAIT);
        assertThat(row(id).getString("status")).isEqualTo("offline");
    }

    @Test
    void theSweeperMarksOnlyStaleRowsOfflineAndAHeartbeatBringsOneBack() {
        RuntimeRegistrar stale = registrar("stale-" + UUID.randomUUID());
        RuntimeRegistrar fresh = registrar("fresh-" + UUID.randomUUID());
        long staleId = stale.heartbeat().await().atMost(WAIT);
        long freshId = fresh.heartbeat().await().atMost(WAIT);
        // Three 5 s intervals missed, by the database clock.
        sql("UPDATE runtime SET heartbeat = now() - interval '16 seconds' WHERE runtime_id = $1", staleId);

        assertThat(sweeper().runOnce().await().atMost(WAIT)).isGreaterThanOrEqualTo(1);
        assertThat(row(staleId).getString("status")).isEqualTo("offline");
        assertThat(row(freshId).getString("status")).isEqualTo("ready");

        stale.heartbeat().await().atMost(WAIT);
        assertThat(row(staleId).getString("status")).isEqualTo("ready");
    }

    @Test
    void theSweeperDeletesOfflineRowsPastRetention() {
        long id = registrar("old-" + UUID.randomUUID()).heartbeat().await().atMost(WAIT);
        sql("UPDATE runtime SET status = 'offline', heartbeat = now() - interval '8 days' WHERE runtime_id = $1", id);
        sweeper().runOnce().await().atMost(WAIT);
        assertThat(sql("SELECT 1 FROM runtime WHERE runtime_id = $1", id)).isEmpty();
    }

    @Test
    void onlyTheLeaseHolderSweepsWhileItsLeaseIsValid() {
        RuntimeSweeper leader = sweeper();
        RuntimeSweeper follower = sweeper();
        sql("DELETE FROM lease WHERE name = $1", RuntimeSweeper.LEASE);
        leader.tick().await().atMost(WAIT);
        long id = registrar("late-" + UUID.randomUUID()).heartbeat().await().atMost(WAIT);
        sql("UPDATE runtime SET heartbeat = now() - interval '1 hour' WHERE runtime_id = $1", id);

        follower.tick().await().atMost(WAIT);
        assertThat(row(id).getString("status")).isEqualTo("ready");

        // The leader's lease runs out (it died): the follower takes over on its next pass.
        sql("UPDATE lease SET expires_at = now() - interval '1 second' WHERE name = $1", RuntimeSweeper.LEASE);
        follower.tick().await().atMost(WAIT);
        assertThat(row(id).getString("status")).isEqualTo("offline");
    }
}
