package io.noetl.execution.service;

import io.noetl.platform.store.CommandNotifications;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Wakes idle workers after a commit that added work, through platform's {@link CommandNotifications}. A lost
 * notification only delays work, since workers also poll (reliability.md §2.7), so a failure is only logged.
 */
@ApplicationScoped
public class CommandNotifier {

    private static final Logger LOG = Logger.getLogger(CommandNotifier.class);

    private final Pool pool;
    private final CommandNotifications notifications;

    public CommandNotifier(Pool pool, CommandNotifications notifications) {
        this.pool = pool;
        this.notifications = notifications;
    }

    public Uni<Void> notifyWork(long executionId) {
        return notifications.notifyWork(pool, List.of(executionId)).onFailure().recoverWithUni(e -> {
            LOG.debugf("NOTIFY failed (%s); workers will find the work by polling", e.getMessage());
            return Uni.createFrom().voidItem();
        });
    }
}
