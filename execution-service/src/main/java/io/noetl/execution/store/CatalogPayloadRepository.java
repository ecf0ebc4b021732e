package io.noetl.execution.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Reads the normalized playbook a catalog version stores, for the steps and graph views. catalog-service
 * owns the table; this read-only SQL is a deliberate shortcut (versions are immutable, so it cannot go
 * stale) until execution-service has its catalog client and cache.
 */
@ApplicationScoped
public class CatalogPayloadRepository {

    static final String PAYLOAD = "SELECT payload FROM catalog WHERE catalog_id = $1";

    /** The payload as plain maps and lists, or null when the version has none (or is not an object). */
    public Uni<Map<String, Object>> payload(SqlClient db, long catalogId) {
        return db.preparedQuery(PAYLOAD).execute(Tuple.of(catalogId))
                .map(rows -> rows.iterator().hasNext() ? ReadColumns.object(rows.iterator().next(), "payload") : null);
    }
}
