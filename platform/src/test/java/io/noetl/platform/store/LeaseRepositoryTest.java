package io.noetl.platform.store;

import io.noetl.testsupport.TestPools;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The lease contract on PostgreSQL, judged by the database clock. */
class LeaseRepositoryTest extends LeaseContract {

    private static final LeaseRepository leases = new LeaseRepository();
    private static Vertx vertx;
    private static Pool pool;

    @BeforeAll
    static void open() {
        vertx = Vertx.vertx();
        pool = TestPools.platform(vertx, 10);
    }

    @AfterAll
    static void close() {
        pool.close().await().atMost(WAIT);
        vertx.close().await().atMost(WAIT);
    }

    @Override
    protected Uni<Boolean> acquire(String lease, String owner, Duration ttl) {
        return leases.tryAcquire(pool, lease, owner, ttl);
    }

    @Override
    protected Uni<Boolean> release(String lease, String owner) {
        return leases.release(pool, lease, owner);
    }

    @Override
    protected void expire(String lease) {
        pool.preparedQuery("UPDATE lease SET expires_at = now() - interval '1 second' WHERE name = $1")
                .execute(Tuple.of(lease)).await().atMost(WAIT);
    }

    @Override
    protected String holder(String lease) {
        return leases.currentOwner(pool, lease).await().atMost(WAIT);
    }
}
