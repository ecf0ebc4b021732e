package io.noetl.catalog.store;

import io.noetl.catalog.model.CatalogEntry;
import io.noetl.catalog.model.NewVersion;
import io.noetl.catalog.model.ResourceKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/** Immutable catalog versions. Only catalog-service writes `catalog`. */
@ApplicationScoped
public class CatalogRepository {

    /**
     * Serializes registrations of one path until the transaction ends, so concurrent registrations get
     * distinct, gapless versions; other paths are not blocked. The 64-bit hash makes collisions between
     * paths rare, and a collision only costs waiting.
     */
    static final String LOCK_PATH = "SELECT pg_advisory_xact_lock(hashtextextended($1, 7311))";

    /** Highest version of the path, deleted or not: versions are never reused. */
    static final String MAX_VERSION = "SELECT coalesce(max(version), 0) FROM catalog WHERE path = $1";

    static final String INSERT = """
            INSERT INTO catalog (path, version, kind, content, content_sha256, payload, meta)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            RETURNING\s""" + CatalogRows.FULL;

    static final String BY_ID = "SELECT " + CatalogRows.FULL + " FROM catalog WHERE catalog_id = $1";

    static final String BY_PATH_VERSION = "SELECT " + CatalogRows.FULL + " FROM catalog WHERE path = $1 AND version = $2";

    /** "latest" = the highest version that is not soft-deleted; served by the (path, version) unique index. */
    static final String LATEST = "SELECT " + CatalogRows.FULL
            + " FROM catalog WHERE path = $1 AND deleted_at IS NULL ORDER BY version DESC LIMIT 1";

    /** Every version of a path, newest first, after the cursor's version ($2, null for the first page). */
    static final String VERSIONS = "SELECT " + CatalogRows.SUMMARY + """
             FROM catalog WHERE path = $1 AND ($2::int IS NULL OR version < $2)
            ORDER BY version DESC LIMIT $3""";

    /** Idempotent: deleting twice keeps the first deletion time. */
    static final String SOFT_DELETE = "UPDATE catalog SET deleted_at = coalesce(deleted_at, now()) WHERE catalog_id = $1 RETURNING "
            + CatalogRows.FULL;

    static final String RESTORE = "UPDATE catalog SET deleted_at = NULL WHERE catalog_id = $1 RETURNING " + CatalogRows.FULL;

    /** Soft-deletes every live version of a path, or one ($2); returns what changed. */
    static final String SOFT_DELETE_PATH = """
            UPDATE catalog SET deleted_at = now()
             WHERE path = $1 AND ($2::int IS NULL OR version = $2) AND deleted_at IS NULL
            RETURNING\s""" + CatalogRows.FULL;

    static final String RESTORE_PATH = """
            UPDATE catalog SET deleted_at = NULL
             WHERE path = $1 AND ($2::int IS NULL OR version = $2) AND deleted_at IS NOT NULL
            RETURNING\s""" + CatalogRows.FULL;

    static final String KINDS = "SELECT name, meta FROM resource ORDER BY name";

    public Uni<Void> lockPath(SqlClient tx, String path) {
        return tx.preparedQuery(LOCK_PATH).execute(Tuple.of(path)).replaceWithVoid();
    }

    public Uni<Integer> maxVersion(SqlClient tx, String path) {
        return tx.preparedQuery(MAX_VERSION).execute(Tuple.of(path)).map(rows -> rows.iterator().next().getInteger(0));
    }

    public Uni<CatalogEntry> insert(SqlClient tx, NewVersion v, int version) {
        Tuple args = Tuple.tuple().addString(v.path()).addInteger(version).addString(v.kind()).addString(v.content())
                .addString(v.contentSha256()).addValue(v.payload()).addValue(v.meta());
        return tx.preparedQuery(INSERT).execute(args).map(rows -> CatalogRows.full(rows.iterator().next()));
    }

    /** Emits null when absent. */
    public Uni<CatalogEntry> findById(SqlClient db, long id) {
        return one(db.preparedQuery(BY_ID).execute(Tuple.of(id)), CatalogRows::full);
    }

    public Uni<CatalogEntry> findByPathAndVersion(SqlClient db, String path, int version) {
        return one(db.preparedQuery(BY_PATH_VERSION).execute(Tuple.of(path, version)), CatalogRows::full);
    }

    public Uni<CatalogEntry> findLatest(SqlClient db, String path) {
        return one(db.preparedQuery(LATEST).execute(Tuple.of(path)), CatalogRows::full);
    }

    public Uni<List<CatalogEntry>> versions(SqlClient db, String path, Integer beforeVersion, int limit) {
        return db.preparedQuery(VERSIONS).execute(Tuple.of(path, beforeVersion, limit))
                .map(rows -> rows.stream().map(CatalogRows::summary).toList());
    }

    public Uni<CatalogEntry> softDelete(SqlClient db, long id) {
        return one(db.preparedQuery(SOFT_DELETE).execute(Tuple.of(id)), CatalogRows::full);
    }

    public Uni<CatalogEntry> restore(SqlClient db, long id) {
        return one(db.preparedQuery(RESTORE).execute(Tuple.of(id)), CatalogRows::full);
    }

    public Uni<List<CatalogEntry>> softDeletePath(SqlClient db, String path, Integer version) {
        return db.preparedQuery(SOFT_DELETE_PATH).execute(Tuple.of(path, version))
                .map(rows -> rows.stream().map(CatalogRows::full).toList());
    }

    public Uni<List<CatalogEntry>> restorePath(SqlClient db, String path, Integer version) {
        return db.preparedQuery(RESTORE_PATH).execute(Tuple.of(path, version))
                .map(rows -> rows.stream().map(CatalogRows::full).toList());
    }

    public Uni<List<ResourceKind>> kinds(SqlClient db) {
        return db.query(KINDS).execute().map(rows -> rows.stream().map(CatalogRows::kind).toList());
    }

    private static <T> Uni<T> one(Uni<RowSet<Row>> rows, Function<Row, T> mapper) {
        return rows.map(set -> set.size() == 0 ? null : mapper.apply(set.iterator().next()));
    }
}
