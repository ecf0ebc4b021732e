package io.noetl.testsupport;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/** Reactive pools on the platform database for plain JUnit tests of repositories and loops. */
public final class TestPools {

    private TestPools() {
    }

    /** A pool connected as the platform role with the schema on the search path. */
    public static Pool platform(Vertx vertx, int size) {
        TestDatabase db = TestDatabase.get().migrate();
        PgConnectOptions connect = new PgConnectOptions()
                .setHost(db.server().host())
                .setPort(db.server().port())
                .setDatabase(db.settings().noetlDb())
                .setUser(db.settings().noetlUser())
                .setPassword(db.settings().noetlPassword())
                .addProperty("search_path", db.settings().noetlSchema())
                .setCachePreparedStatements(true);
        io.vertx.sqlclient.Pool pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(size))
                .connectingTo(connect)
                .using(vertx.getDelegate())
                .build();
        return Pool.newInstance(pool);
    }
}
