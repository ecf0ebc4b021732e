package io.noetl.platform.service;

import io.noetl.platform.config.RuntimeConfig;
import io.noetl.platform.model.Registration;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.model.RuntimeStatus;
import io.noetl.platform.store.RuntimeRepository;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.HttpServerStart;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's row in the runtime registry: written when the HTTP server is listening (so the
 * URI carries the real port), refreshed every heartbeat interval, marked offline at shutdown.
 */
@ApplicationScoped
public class RuntimeRegistrar {

    private static final Logger LOG = Logger.getLogger(RuntimeRegistrar.class);

    private final Pool pool;
    private final RuntimeRepository runtimes;
    private final RuntimeConfig config;
    private final InstanceIdentity identity;
    private final CapabilitiesProvider capabilities;
    private volatile String uri;
    /** The port from the HTTP server event; 0 until it fires, and when the port is random. */
    private volatile int configuredPort;
    private volatile Long runtimeId;
    private volatile boolean stopping;
    /** Heartbeats sent and not yet answered; shutdown waits for them so none lands after "offline". */
    private final AtomicInteger inFlight = new AtomicInteger();

    public RuntimeRegistrar(Pool pool, RuntimeRepository runtimes, RuntimeConfig config, InstanceIdentity identity,
                            CapabilitiesProvider capabilities) {
        this.pool = pool;
        this.runtimes = runtimes;
        this.config = config;
        this.identity = identity;
        this.capabilities = capabilities;
    }

    void onHttpStart(@ObservesAsync HttpServerStart start) {
        configuredPort = start.options().getPort();
        // With a random port the bound one is published a moment after this event: retry briefly.
        Uni<Long> register = Uni.createFrom().item(this::resolveUri)
                .onItem().ifNull().failWith(() -> new IllegalStateException("HTTP port not published yet"))
                .onFailure().retry().withBackOff(Duration.ofMillis(20), Duration.ofMillis(200)).atMost(50)
                .chain(this::heartbeatAt);
        Loops.tick("runtime.register", register.replaceWith(1)).subscribe().with(ignored -> { });
    }

    /**
     * The base URL others call, or null while the port is unknown. With a random port (0) the event
     * carries the configured value; Quarkus publishes the bound one in the configuration a moment later.
     */
    private String resolveUri() {
        if (config.advertisedUri().isPresent()) return config.advertisedUri().get();
        int port = configuredPort;
        if (port <= 0) {
            String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
            String bound = System.getProperty(key);
            port = bound != null ? Integer.parseInt(bound)
                    : ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(0);
        }
        return port > 0 ? "http://" + config.advertisedHost() + ":" + port : null;
    }

    private Uni<Long> heartbeatAt(String baseUri) {
        useUri(baseUri);
        return heartbeat();
    }

    /** The base URL written to the registry; known once the HTTP server listens. */
    void useUri(String baseUri) {
        this.uri = baseUri;
    }

    @Scheduled(every = "${noetl.runtime.heartbeat-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (uri == null || stopping) return Uni.createFrom().voidItem();
        return Loops.tick("runtime.heartbeat", heartbeat().replaceWith(1));
    }

    /** Writes the row (insert or refresh) and remembers its id. */
    public Uni<Long> heartbeat() {
        return Uni.createFrom().deferred(() -> {
            inFlight.incrementAndGet();
            // Checked after counting, so shutdown either sees this heartbeat in flight or it sees stopping.
            if (stopping) {
                inFlight.decrementAndGet();
                return Uni.createFrom().item(runtimeId);
            }
            return runtimes.upsert(pool, registration()).invoke(this::remember)
                    .onTermination().invoke(inFlight::decrementAndGet);
        });
    }

    private void remember(long id) {
        if (runtimeId == null) LOG.infof("registered as %s %s at %s (runtime_id %d)", config.kind(), identity.name(), uri, id);
        runtimeId = id;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        awaitHeartbeatsInFlight(Duration.ofSeconds(3));
        Long id = runtimeId;
        if (id == null) return;
        try {
            runtimes.markOffline(pool, id).await().atMost(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.warnf("could not mark runtime %d offline (the sweeper will): %s", id, e.getMessage());
        }
    }

    /**
     * Shutdown runs on the main thread, never on the event loop, so a short bounded wait is fine here:
     * an upsert answered after markOffline would write the row back to ready until the sweeper noticed.
     */
    private void awaitHeartbeatsInFlight(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Registration registration() {
        JsonObject runtime = new JsonObject()
                .put("service", config.service())
                .put("version", BuildInfo.version())
                .put("pid", identity.pid())
                .put("hostname", identity.hostname())
                .put("started_at", identity.startedAt().toString());
        RuntimeKind kind = RuntimeKind.parse(config.kind())
                .orElseThrow(() -> new IllegalStateException("noetl.runtime.kind is not a runtime kind: " + config.kind()));
        return new Registration(kind, identity.name(), uri, RuntimeStatus.READY,
                new JsonObject(new HashMap<>(config.labels())), capabilities.capabilities(),
                config.capacity().orElse(null), runtime);
    }

    /** This instance's row id once it registered, else null. */
    public Long runtimeId() {
        return runtimeId;
    }

    public String uri() {
        return uri;
    }
}
