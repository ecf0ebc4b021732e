package io.noetl.platform;

import io.noetl.testsupport.TestPools;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Plain JUnit tests on the real, migrated platform database, through a reactive pool of their own. */
public abstract class PgTestBase {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static Vertx vertx;
    protected static Pool pool;

    @BeforeAll
    static void openPool() {
        vertx = Vertx.vertx();
        pool = TestPools.platform(vertx, 10);
    }

    @AfterAll
    static void closePool() {
        pool.close().await().atMost(WAIT);
        vertx.close().await().atMost(WAIT);
    }

    /** Runs SQL as the platform role: fixtures and oracles, never the code under test. */
    protected static List<Row> sql(String statement, Object... args) {
        return pool.preparedQuery(statement).execute(Tuple.from(args)).await().atMost(WAIT).stream().toList();
    }
}
