package io.noetl.worker.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code LISTEN noetl_commands} on one dedicated connection (reliability.md §2.7): a notification only wakes
 * the worker loop early; polling with backoff stays the backstop, so a lost one merely delays work. The
 * subscriber reconnects after a database restart.
 */
@ApplicationScoped
public class CommandWakeups {

    static final String CHANNEL = "noetl_commands";
    private static final Logger LOG = Logger.getLogger(CommandWakeups.class);

    private final PgSubscriber subscriber;
    private final AtomicBoolean connected = new AtomicBoolean();
    private volatile Runnable onWake = () -> { };

    public CommandWakeups(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(user).setPassword(password);
        this.subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
    }

    void start(@Observes StartupEvent event) {
        subscriber.channel(CHANNEL).handler(payload -> onWake.run());
        subscriber.closeHandler(() -> connected.set(false));
        subscriber.connect().subscribe().with(ok -> connected.set(true),
                e -> LOG.debugf("LISTEN %s not connected (%s); polling only until it is", CHANNEL, e.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        subscriber.close().subscribe().with(ok -> { }, e -> { });
    }

    /** What a notification does: the worker loop polls at once. */
    void onWake(Runnable action) {
        this.onWake = action;
    }

    public boolean connected() {
        return connected.get() && !subscriber.closed();
    }
}
