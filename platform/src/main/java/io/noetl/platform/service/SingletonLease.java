package io.noetl.platform.service;

import io.noetl.platform.store.LeaseRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a background pass on one replica at a time. Each pass first takes or renews the lease row; a
 * replica that cannot steps down at once and skips the pass. The passes themselves stay safe if two
 * replicas run anyway (a paused leader resuming after its lease expired), because their SQL is.
 */
@ApplicationScoped
public class SingletonLease {

    private static final Logger LOG = Logger.getLogger(SingletonLease.class);

    private final Pool pool;
    private final LeaseRepository leases;
    /** Unique per process, so a restarted instance never mistakes its predecessor's lease for its own. */
    private final String owner;

    @Inject
    public SingletonLease(Pool pool, LeaseRepository leases, InstanceIdentity identity) {
        this(pool, leases, identity.name() + "/" + UUID.randomUUID());
    }

    public SingletonLease(Pool pool, LeaseRepository leases, String owner) {
        this.pool = pool;
        this.leases = leases;
        this.owner = owner;
    }

    /** Runs {@code pass} if this replica holds (or now takes) lease {@code name}; else emits 0. */
    public Uni<Integer> runExclusively(String name, Duration ttl, Supplier<Uni<Integer>> pass) {
        return leases.tryAcquire(pool, name, owner, ttl)
                .chain(held -> held ? pass.get() : Uni.createFrom().item(0));
    }

    /** Gives up a lease at shutdown so another replica takes over without waiting for expiry. */
    public Uni<Void> release(String name) {
        return leases.release(pool, name, owner)
                .onFailure().invoke(e -> LOG.debugf("lease %s not released: %s", name, e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    public String owner() {
        return owner;
    }
}
