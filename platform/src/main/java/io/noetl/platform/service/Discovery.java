package io.noetl.platform.service;

import io.noetl.platform.config.RuntimeConfig;
import io.noetl.platform.error.ProblemCode;
import io.noetl.platform.error.Unavailable;
import io.noetl.platform.model.RuntimeInstance;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.store.RuntimeRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Finds peers for service-to-service calls: ready instances of a kind from the registry (cached for
 * `discovery.cache-ttl`), or a configured static URL (a Kubernetes Service) that overrides it. Calls
 * start at a rotating instance and fail over to the next one on connection-level failures.
 */
@ApplicationScoped
public class Discovery {

    private static final Logger LOG = Logger.getLogger(Discovery.class);

    private final Pool pool;
    private final RuntimeRepository runtimes;
    private final RuntimeConfig config;
    private final Map<RuntimeKind, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    private record Cached(List<String> uris, long loadedAtNanos) {
    }

    public Discovery(Pool pool, RuntimeRepository runtimes, RuntimeConfig config) {
        this.pool = pool;
        this.runtimes = runtimes;
        this.config = config;
    }

    /** Base URLs to try for {@code kind}, static override first; may be empty. */
    public Uni<List<String>> endpoints(RuntimeKind kind) {
        Optional<String> fixed = staticUrl(kind);
        if (fixed.isPresent()) return Uni.createFrom().item(List.of(fixed.get()));
        Cached hit = cache.get(kind);
        if (hit != null && System.nanoTime() - hit.loadedAtNanos() < config.discovery().cacheTtl().toNanos()) {
            return Uni.createFrom().item(hit.uris());
        }
        return runtimes.findReady(pool, kind.wire(), config.heartbeatInterval().multipliedBy(config.missedHeartbeats()))
                .map(rows -> rows.stream().map(RuntimeInstance::uri).filter(u -> u != null && !u.isBlank()).toList())
                .invoke(uris -> cache.put(kind, new Cached(uris, System.nanoTime())));
    }

    /**
     * Runs {@code call} against an instance of {@code kind}, trying each known instance at most once.
     * Connection failures and 503s move on to the next instance; other failures are the answer.
     */
    public <T> Uni<T> call(RuntimeKind kind, Function<String, Uni<T>> call) {
        return endpoints(kind).chain(uris -> attempt(kind, rotate(uris), 0, call));
    }

    private <T> Uni<T> attempt(RuntimeKind kind, List<String> uris, int index, Function<String, Uni<T>> call) {
        if (index >= uris.size()) {
            cache.remove(kind);
            return Uni.createFrom().failure(new Unavailable(ProblemCode.DEPENDENCY_UNAVAILABLE,
                    "No " + kind.wire() + " instance is reachable right now; retry shortly."));
        }
        String uri = uris.get(index);
        return Uni.createFrom().deferred(() -> call.apply(uri))
                .onFailure(Discovery::isFailover).recoverWithUni(e -> {
                    LOG.debugf("%s at %s failed (%s); trying the next instance", kind.wire(), uri, e.getMessage());
                    return attempt(kind, uris, index + 1, call);
                });
    }

    private List<String> rotate(List<String> uris) {
        if (uris.size() < 2) return uris;
        int start = Math.floorMod(next.getAndIncrement(), uris.size());
        List<String> rotated = new ArrayList<>(uris.subList(start, uris.size()));
        rotated.addAll(uris.subList(0, start));
        return rotated;
    }

    /** Failures that say "this instance" rather than "this request": try another instance. */
    static boolean isFailover(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof PeerUnavailable) return true;
            if (t instanceof io.vertx.core.VertxException && t.getMessage() != null
                    && t.getMessage().toLowerCase().contains("connection")) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    private Optional<String> staticUrl(RuntimeKind kind) {
        RuntimeConfig.Discovery d = config.discovery();
        Optional<String> url = switch (kind) {
            case CATALOG_API -> d.catalogUrl();
            case EXECUTION_API -> d.executionUrl();
            case SCHEDULER -> d.schedulerUrl();
            case WORKER_POOL -> d.workerUrl();
            default -> Optional.empty();
        };
        return url.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }
}
