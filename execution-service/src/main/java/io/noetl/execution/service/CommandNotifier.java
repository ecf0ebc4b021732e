package io.noetl.execution.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Wakes idle workers after a commit that added work: {@code NOTIFY noetl_commands} with the execution id only
 * (reliability.md §2.7). A lost notification only delays work, since workers also poll; so failures are logged.
 */
@ApplicationScoped
public class CommandNotifier {

    public static final String CHANNEL = "noetl_commands";
    private static final Logger LOG = Logger.getLogger(CommandNotifier.class);

    private final Pool pool;

    public CommandNotifier(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> notifyWork(long executionId) {
        return pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL, Long.toString(executionId)))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    LOG.debugf("NOTIFY %s failed (%s); workers will find the work by polling", CHANNEL, e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }
}
