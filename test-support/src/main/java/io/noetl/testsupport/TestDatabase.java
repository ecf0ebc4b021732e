package io.noetl.testsupport;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.DatabaseBootstrap;
import io.noetl.bootstrap.EmbeddedPostgresServer;
import io.noetl.bootstrap.PgServer;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The one PostgreSQL server of a test JVM, bootstrapped with deploy/postgres/bootstrap.sql.
 *
 * <p>By default an embedded server (zonky) starts on first use and stops with the JVM. Set
 * {@code NOETL_TEST_PG_HOST} (with {@code NOETL_TEST_PG_PORT}, {@code NOETL_TEST_PG_SUPERUSER},
 * {@code NOETL_TEST_PG_SUPERUSER_PASSWORD}) to use an existing server instead; it must let the
 * bootstrap rewrite its pg_hba.conf, as a local development server does.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final PgServer server;
    private final BootstrapSettings settings = BootstrapSettings.defaults();

    private TestDatabase(PgServer server) {
        this.server = server;
    }

    /** Starts (once) and bootstraps the server; safe to call from every test class. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            TestDatabase db = new TestDatabase(startServer(System.getenv()));
            DatabaseBootstrap.run(db.server, db.settings);
            instance = db;
        }
        return instance;
    }

    private static PgServer startServer(Map<String, String> env) {
        String host = env.get("NOETL_TEST_PG_HOST");
        if (host != null && !host.isBlank()) {
            return new PgServer(host, Integer.parseInt(env.getOrDefault("NOETL_TEST_PG_PORT", "5432")),
                    env.getOrDefault("NOETL_TEST_PG_SUPERUSER", "postgres"),
                    env.get("NOETL_TEST_PG_SUPERUSER_PASSWORD"));
        }
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(null, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-postgres-stop"));
        return embedded.server();
    }

    public PgServer server() {
        return server;
    }

    public BootstrapSettings settings() {
        return settings;
    }

    public String noetlJdbcUrl() {
        return server.jdbcUrl(settings.noetlDb());
    }

    public String noetlReactiveUrl() {
        return "postgresql://" + server.host() + ":" + server.port() + "/" + settings.noetlDb();
    }

    /** Applies the platform migrations as the owner role, as a service does at start. */
    public TestDatabase migrate() {
        Flyway.configure()
                .dataSource(noetlJdbcUrl(), settings.noetlUser(), settings.noetlPassword())
                .schemas(settings.noetlSchema())
                .defaultSchema(settings.noetlSchema())
                .createSchemas(false)
                .ignoreMigrationPatterns("*:future")
                .load()
                .migrate();
        return this;
    }
}
