package io.noetl.catalog.store;

import io.noetl.catalog.model.CatalogEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Listing of catalog versions, the one read with many filters; kept apart from the write path. */
@ApplicationScoped
public class CatalogListRepository {

    /** Shared filters: $1 kind, $2 path, $3 path prefix, $4 include deleted, $5 latest only (per path). */
    private static final String FILTERS = """
             FROM catalog c
            WHERE ($1::text IS NULL OR c.kind = $1)
              AND ($2::text IS NULL OR c.path = $2)
              AND ($3::text IS NULL OR starts_with(c.path, $3))
              AND ($4 OR c.deleted_at IS NULL)
              AND (NOT $5 OR c.version = (SELECT max(l.version) FROM catalog l
                                           WHERE l.path = c.path AND ($4 OR l.deleted_at IS NULL)))""";

    /** Path ascending, version descending; keyset ($6, $7) = last row's path and version. */
    static final String BY_PATH = FILTERS + """

              AND ($6::text IS NULL OR c.path > $6 OR (c.path = $6 AND c.version < $7))
            ORDER BY c.path, c.version DESC LIMIT $8""";

    /** Newest first: snowflake ids sort by creation time; keyset $6 = last row's id. */
    static final String NEWEST_FIRST = FILTERS + """

              AND ($6::bigint IS NULL OR c.catalog_id < $6)
            ORDER BY c.catalog_id DESC LIMIT $7""";

    public Uni<List<CatalogEntry>> list(SqlClient db, CatalogListQuery q, boolean withContent) {
        String columns = "SELECT " + (withContent ? CatalogRows.FULL : CatalogRows.SUMMARY);
        Tuple args = Tuple.tuple().addString(q.kind()).addString(q.path()).addString(q.pathPrefix())
                .addBoolean(q.includeDeleted()).addBoolean(q.latestOnly());
        String sql;
        if (q.newestFirst()) {
            sql = columns + NEWEST_FIRST;
            args.addLong(q.afterId()).addInteger(q.limit());
        } else {
            sql = columns + BY_PATH;
            args.addString(q.afterPath()).addInteger(q.afterVersion()).addInteger(q.limit());
        }
        return db.preparedQuery(sql).execute(args)
                .map(rows -> rows.stream().map(withContent ? CatalogRows::full : CatalogRows::summary).toList());
    }
}
