package io.noetl.platform.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Wakes idle workers: {@code NOTIFY noetl_commands} with the ids of the executions that gained due work.
 * Only a hint (reliability.md §2.7): workers also poll, so a lost or truncated notification only delays.
 */
@ApplicationScoped
public class CommandNotifications {

    public static final String CHANNEL = "noetl_commands";

    /** PostgreSQL refuses payloads of 8000 bytes or more; stay well below. */
    static final int MAX_PAYLOAD_BYTES = 7900;

    static final String NOTIFY = "SELECT pg_notify($1, $2)";

    /** Sent at once on the pool, or on commit when {@code db} is a transaction. */
    public Uni<Void> notifyWork(SqlClient db, Collection<Long> executionIds) {
        return db.preparedQuery(NOTIFY).execute(Tuple.of(CHANNEL, payload(executionIds))).replaceWithVoid();
    }

    /** Comma-separated distinct ids; those that do not fit are left out (the hint still wakes workers). */
    static String payload(Collection<Long> executionIds) {
        StringBuilder ids = new StringBuilder();
        for (long id : new LinkedHashSet<>(executionIds)) {
            String next = (ids.length() == 0 ? "" : ",") + id;
            if (ids.length() + next.length() >= MAX_PAYLOAD_BYTES) break;   // digits and commas: one byte each
            ids.append(next);
        }
        return ids.toString();
    }
}
