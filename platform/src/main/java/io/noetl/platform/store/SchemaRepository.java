package io.noetl.platform.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads Flyway's history to tell which platform migration the database is at. */
@ApplicationScoped
public class SchemaRepository {

    /** Latest successful versioned migration; the table sits in the platform schema (search_path). */
    static final String CURRENT_VERSION = """
            SELECT version FROM flyway_schema_history
             WHERE success AND version IS NOT NULL
             ORDER BY installed_rank DESC LIMIT 1""";

    /** Emits null when no migration ran yet. */
    public Uni<String> currentVersion(SqlClient db) {
        return db.query(CURRENT_VERSION).execute()
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("version"));
    }
}
