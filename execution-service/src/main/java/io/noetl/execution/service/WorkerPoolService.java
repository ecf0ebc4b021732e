package io.noetl.execution.service;

import io.noetl.execution.model.WorkerPool;
import io.noetl.execution.model.WorkerPoolBeat;
import io.noetl.execution.model.WorkerPoolRegistration;
import io.noetl.execution.model.WorkerPoolUnknown;
import io.noetl.execution.store.WorkerPoolRepository;
import io.noetl.platform.store.RuntimeRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Upstream-style worker pools in the runtime registry (api.md §4.8); our own workers write their rows directly. */
@ApplicationScoped
public class WorkerPoolService {

    /**
     * {@code noetl.runtime.auto-recreate} of api.md §4.8. Platform's RuntimeConfig has no such key yet, so it is
     * off, as upstream's default: a heartbeat of an unknown pool answers 404 and the pool registers again.
     */
    public static final boolean AUTO_RECREATE = false;

    private final Pool pool;
    private final RuntimeRepository runtime;
    private final WorkerPoolRepository pools;

    public WorkerPoolService(Pool pool, RuntimeRepository runtime, WorkerPoolRepository pools) {
        this.pool = pool;
        this.runtime = runtime;
        this.pools = pools;
    }

    /** Upserts on (kind, name); emits the row's id, the same across re-registrations. */
    public Uni<Long> register(WorkerPoolRegistration r) {
        return runtime.upsert(pool, r.registration());
    }

    public Uni<WorkerPoolBeat> heartbeat(String name, WorkerPoolRegistration registration) {
        return heartbeat(name, registration, AUTO_RECREATE);
    }

    /**
     * Refreshes a known pool; an unknown one is re-created from {@code registration} when {@code autoRecreate}
     * (exposed so the policy can be tested before it becomes a setting), else it is {@link WorkerPoolUnknown}.
     */
    public Uni<WorkerPoolBeat> heartbeat(String name, WorkerPoolRegistration registration, boolean autoRecreate) {
        return pools.heartbeat(pool, name).chain(id -> {
            if (id != null) return Uni.createFrom().item(new WorkerPoolBeat("ok", name, id));
            if (!autoRecreate || registration == null) return Uni.createFrom().failure(new WorkerPoolUnknown(name));
            return register(registration).map(created -> new WorkerPoolBeat("recreated", registration.name(), created));
        });
    }

    /** Marks the pool offline; emits its id. */
    public Uni<Long> deregister(String name) {
        return pools.deregister(pool, name).onItem().ifNull().failWith(() -> new WorkerPoolUnknown(name));
    }

    public Uni<List<WorkerPool>> list(String runtimeType, String status) {
        return pools.list(pool, runtimeType, status);
    }
}
