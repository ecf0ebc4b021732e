package io.noetl.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} service at the test JVM's real PostgreSQL, connecting as the platform
 * role exactly as in production; the service's own Flyway run applies the migrations.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestDatabase db = TestDatabase.get();
        return Map.of(
                "quarkus.datasource.reactive.url", db.noetlReactiveUrl(),
                "quarkus.datasource.jdbc.url", db.noetlJdbcUrl(),
                "quarkus.datasource.username", db.settings().noetlUser(),
                "quarkus.datasource.password", db.settings().noetlPassword());
    }

    @Override
    public void stop() {
        // The server is shared by every test class of the JVM and stops with it.
    }
}
