package io.noetl.worker.service;

import io.noetl.platform.model.LeasedCommand;
import io.noetl.platform.service.InstanceIdentity;
import io.noetl.platform.store.CommandLeaseRepository;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.worker.api.client.CatalogCredentials;
import io.noetl.worker.api.client.ExecutionReports;
import io.noetl.worker.config.WorkerConfig;
import io.noetl.worker.pipeline.PipelineRunner;
import io.quarkus.runtime.ShutdownEvent;
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
    private final ExecutionReports reports;
    private final CatalogCredentials credentials;
    private final WorkerConfig config;
    private final String workerId;
    private final PipelineRunner runner;
    private final ExecutorService threads;
    private final Map<Long, CommandRun> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private volatile long nextPollNanos;
    private volatile long backoffMillis;
    private final WorkerCounters counters = new WorkerCounters();

    private final CommandWakeups wakeups;
    private final WorkerMetrics metrics;

    public WorkerLoop(Pool pool, CommandLeaseRepository leases, ExecutionReports reports, CatalogCredentials credentials,
            ToolRegistry tools, WorkerConfig config, InstanceIdentity identity, CommandWakeups wakeups, WorkerMetrics metrics) {
        this.wakeups = wakeups;
        this.metrics = metrics;
        wakeups.onWake(() -> nextPollNanos = 0);
        this.pool = pool;
        this.leases = leases;
        this.reports = reports;
        this.credentials = credentials;
        this.config = config;
        this.workerId = identity.name();
        this.runner = new PipelineRunner(tools.tools(), new TemplateEngine(), d -> Thread.sleep(d.toMillis()));
        this.threads = Executors.newFixedThreadPool(config.slots());
        this.backoffMillis = config.pollMin().toMillis();
    }

    @Scheduled(every = "${noetl.worker.poll-min}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
        LeasedCommand c = run.command;
        try {
            if (stopping) {
                handBack(run);   // still buffered when shutdown began: never started, so nothing to stop
                return;
            }
            run.takeSlot();
            if (leases.markRunning(pool, c.commandId(), c.leaseToken()).await().indefinitely() == null) return;
            run.stepTimeout().ifPresent(t -> Timeouts.schedule(t, () -> run.cancel("timeout")));
            var report = run.execute(runner, credentials, workerId);
            if (handedBack(run, report)) return;
            int status = reports.report(report, "cmd-" + c.commandId() + "-" + c.attempt(), config.reportPatience())
                    .await().indefinitely();
            String type = report.getJsonArray("events").getJsonObject(1).getString("event_type");
            counters.reported(type, status);
            metrics.finished(c.toolKind(), type.substring("command.".length()), java.time.Duration.between(run.started, java.time.Instant.now()));
            if (status == 409) metrics.stale();
            if (status == 409) LOG.debugf("result of command %d dropped: its lease or execution is over", c.commandId());
            else if (status != 200) LOG.warnf("execution-service answered %d to the result of command %d", status, c.commandId());
        } catch (RuntimeException e) {
            metrics.error();
            LOG.warnf("command %d: %s (its lease will expire and it will be retried)", c.commandId(), e.getMessage());
        } finally {
            running.remove(c.commandId());
            nextPollNanos = 0;   // a slot is free: look for work now
        }
    }

    /**
     * A command stopped by shutdown is not reported (that would end its step): its lease is ended instead so
     * the reaper re-queues it for another worker. A command that finished anyway is reported as usual.
     */
    private boolean handedBack(CommandRun run, io.vertx.core.json.JsonObject report) {
        String type = report.getJsonArray("events").getJsonObject(1).getString("event_type");
        if (!"shutdown".equals(run.cancelReason) || "command.completed".equals(type)) return false;
        handBack(run);
        return true;
    }

    private void handBack(CommandRun run) {
        boolean released = leases.release(pool, run.command.commandId(), run.command.leaseToken()).await().indefinitely();
        LOG.infof("command %d handed back at shutdown (%s)", run.command.commandId(), released ? "lease ended" : "lease already gone");
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
