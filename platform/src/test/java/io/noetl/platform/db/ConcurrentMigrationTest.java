package io.noetl.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Four services starting at once each run migrate-at-start: Flyway's advisory lock must serialize them
 * so the schema ends up migrated once, with no failed start.
 */
class ConcurrentMigrationTest {

    @Test
    void fourMigrationsStartedTogetherApplyEachVersionOnce() throws Exception {
        TestDatabase db = TestDatabase.get();
        String schema = "noetl_race_" + UUID.randomUUID().toString().substring(0, 8);
        Callable<Integer> migrate = () -> Flyway.configure()
                .dataSource(db.noetlJdbcUrl(), db.settings().noetlUser(), db.settings().noetlPassword())
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .load().migrate().migrationsExecuted;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) runs.add(pool.submit(migrate));
            int executed = 0;
            for (Future<Integer> run : runs) executed += run.get();
            assertThat(executed).isEqualTo(countVersions(db, schema));
        } finally {
            pool.shutdown();
            try (Connection c = db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
                 Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static int countVersions(TestDatabase db, String schema) throws Exception {
        try (Connection c = db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT version), bool_and(success) FROM "
                     + schema + ".flyway_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2)).isGreaterThanOrEqualTo(8);
            assertThat(rs.getBoolean(3)).isTrue();
            return rs.getInt(1);
        }
    }
}
