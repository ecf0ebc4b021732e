package io.noetl.platform.service;

import io.noetl.platform.store.SchemaRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema version this build expects (its newest migration) and the one the database is at. A
 * database ahead of the build is fine (older replicas during a rolling upgrade); one behind is not ready.
 */
@ApplicationScoped
public class SchemaVersion {

    private final Pool pool;
    private final SchemaRepository schema;
    private final Flyway flyway;
    private volatile MigrationVersion expected;

    public SchemaVersion(Pool pool, SchemaRepository schema, Flyway flyway) {
        this.pool = pool;
        this.schema = schema;
        this.flyway = flyway;
    }

    /** Runs after Flyway's migrate-at-start; reads the build's migrations once (JDBC, at startup only). */
    void onStart(@Observes StartupEvent event) {
        expected = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
    }

    /** The database's current version, e.g. "8"; null before any migration. */
    public Uni<String> current() {
        return schema.currentVersion(pool);
    }

    public String expected() {
        return expected == null ? null : expected.getVersion();
    }

    /** True when the database is at or beyond what this build needs. */
    public boolean satisfies(String current) {
        return current != null && (expected == null || MigrationVersion.fromVersion(current).compareTo(expected) >= 0);
    }
}
