package io.noetl.worker.service;

import io.noetl.platform.model.LeasedCommand;
import io.noetl.platform.store.CommandLeaseRepository;
import io.noetl.worker.config.WorkerConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The worker (architecture.md §6): leases up to its free slots in one statement, runs each command's pipeline on
 * a bounded pool of threads (no transaction stays open while a tool runs), and reports the outcome. Polls as a
 * backstop with backoff: fast while work keeps coming, about once a second while idle.
 */
@ApplicationScoped
public class WorkerLoop {

    private static final Logger LOG = Logger.getLogger(WorkerLoop.class);

    private final Pool pool;
    private final CommandLeaseRepository leases;
    private final CommandExecutor executor;
    private final WorkerConfig config;
    private final String workerId;
    private final ExecutorService threads;
    private final Map<Long, CommandRun> running = new ConcurrentHashMap<>();
    private final WorkerCounters counters;
    private final CommandWakeups wakeups;
    private final WorkerMetrics metrics;
    private volatile boolean stopping;
    private volatile long nextPollNanos;
    private volatile long backoffMillis;
    private final PollTimer timer;

    public WorkerLoop(Pool pool, CommandLeaseRepository leases, CommandExecutor executor, WorkerConfig config,
            CommandWakeups wakeups, WorkerMetrics metrics, io.vertx.core.Vertx vertx) {
        this.pool = pool;
        this.leases = leases;
        this.executor = executor;
        this.config = config;
        this.workerId = executor.workerId();
        this.counters = executor.counters();
        this.wakeups = wakeups;
        this.metrics = metrics;
        this.threads = Executors.newFixedThreadPool(config.slots());
        this.backoffMillis = config.pollMin().toMillis();
        this.timer = new PollTimer(vertx, this::poll);
        wakeups.onWake(this::pollNow);
    }

    void onStart(@Observes StartupEvent event) {
        timer.start(config.pollMin());
    }

    /** Work may be waiting (NOTIFY, a freed slot): poll now instead of at the next backoff step. */
    private void pollNow() {
        nextPollNanos = 0;
        timer.now();
    }

    Uni<Void> poll() {
        int free = config.slots() + config.buffer() - running.size();
        if (stopping || free <= 0 || System.nanoTime() < nextPollNanos) return Uni.createFrom().voidItem();
        long asked = System.nanoTime();
        return leases.lease(pool, workerId, config.pools(), free, config.lease())
                .invoke(leased -> metrics.leased(leased.size(), java.time.Duration.ofNanos(System.nanoTime() - asked)))
                .invoke(this::startAll)
                .onFailure().invoke(e -> LOG.debugf("lease failed (%s); retrying", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private void startAll(List<LeasedCommand> leased) {
        long min = config.pollMin().toMillis();
        counters.leased(leased.size());
        backoffMillis = leased.isEmpty() ? Math.min(backoffMillis * 2, config.pollMax().toMillis()) : min;
        nextPollNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoffMillis);
        for (LeasedCommand c : leased) {
            CommandRun run = new CommandRun(c);
            running.put(c.commandId(), run);
            threads.submit(() -> runOne(run));
        }
    }

    private void runOne(CommandRun run) {
        try {
            executor.execute(run, stopping);
        } finally {
            running.remove(run.command.commandId());
            pollNow();   // a slot is free: look for work now
        }
    }

    /** Extends running leases; a lost lease or a cancel request stops the tool. */
    @Scheduled(every = "${noetl.worker.heartbeat}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> heartbeat() {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CommandRun run : running.values()) {
            chain = chain.chain(() -> leases.heartbeat(pool, run.command.commandId(), run.command.leaseToken(), config.lease())
                    .invoke(r -> {
                        if (r == null) run.cancel("lease_lost");
                        else if (r.cancelRequested()) run.cancel("cancelled");
                    }).onFailure().recoverWithNull().replaceWithVoid());
        }
        return chain;
    }

    /** Stops leasing, lets running commands finish within the grace period, then stops them. */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        timer.stop();
        threads.shutdown();
        if (!threads.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            running.values().forEach(r -> r.cancel("shutdown"));
            // Tools stop on the flag; give them a moment to hand their leases back before interrupting.
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) threads.shutdownNow();
        }
    }

    public int slots() {
        return config.slots();
    }

    /** What runs now, for {@code GET /api/worker/status} (api.md §5). */
    public List<Map<String, Object>> inFlight() {
        return running.values().stream().filter(r -> r.inSlot).map(CommandRun::status).toList();
    }

    /** Leased commands waiting for a slot. */
    public int buffered() {
        return (int) running.values().stream().filter(r -> !r.inSlot).count();
    }

    public WorkerCounters counters() {
        return counters;
    }

    public boolean draining() {
        return stopping;
    }

    public List<String> pools() {
        return config.pools();
    }

    public boolean listening() {
        return wakeups.connected();
    }

    public String workerId() {
        return workerId;
    }
}
