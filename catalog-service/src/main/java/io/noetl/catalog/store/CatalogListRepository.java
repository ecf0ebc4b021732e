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

    /**
     * Shared filters: $1 kind, $2 path, $3 path prefix, $4 include deleted, $5 latest only (per path),
     * $6 agents only, $7 capabilities the document must all declare.
     */
    private static final String FILTERS = """
             FROM catalog c
            WHERE ($1::text IS NULL OR c.kind = $1)
              AND ($2::text IS NULL OR c.path = $2)
              AND ($3::text IS NULL OR starts_with(c.path, $3))
              AND ($4 OR c.deleted_at IS NULL)
              AND (NOT $5 OR c.version = (SELECT max(l.version) FROM catalog l
                                           WHERE l.path = c.path AND ($4 OR l.deleted_at IS NULL)))
              AND (NOT $6 OR c.payload->'metadata'->'agent' = 'true'::jsonb)
              AND ($7::text[] IS NULL OR coalesce(c.payload->'metadata'->'capabilities', '[]'::jsonb) ?& $7)""";

    /** Path ascending, version descending; keyset ($8, $9) = last row's path and version. */
    static final String BY_PATH = FILTERS + """

              AND ($8::text IS NULL OR c.path > $8 OR (c.path = $8 AND c.version < $9))
            ORDER BY c.path, c.version DESC LIMIT $10""";

    /** Newest first: snowflake ids sort by creation time; keyset $8 = last row's id. */
    static final String NEWEST_FIRST = FILTERS + """

              AND ($8::bigint IS NULL OR c.catalog_id < $8)
            ORDER BY c.catalog_id DESC LIMIT $9""";

    public Uni<List<CatalogEntry>> list(SqlClient db, CatalogListQuery q, boolean withContent) {
        String columns = "SELECT " + (withContent ? CatalogRows.FULL : CatalogRows.SUMMARY);
        Tuple args = Tuple.tuple().addString(q.kind()).addString(q.path()).addString(q.pathPrefix())
                .addBoolean(q.includeDeleted()).addBoolean(q.latestOnly()).addBoolean(q.agentOnly())
                .addArrayOfString(q.capabilities());
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
