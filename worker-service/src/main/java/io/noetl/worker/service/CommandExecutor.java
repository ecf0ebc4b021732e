package io.noetl.worker.service;

import io.noetl.platform.model.LeasedCommand;
import io.noetl.platform.service.InstanceIdentity;
import io.noetl.platform.store.CommandLeaseRepository;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.worker.api.client.CatalogCredentials;
import io.noetl.worker.api.client.ExecutionReports;
import io.noetl.worker.config.WorkerConfig;
import io.noetl.worker.pipeline.PipelineRunner;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Takes one leased command to its end on a worker thread (architecture.md §6): RUNNING under its token, the
 * pipeline with the step's timeout, then the report to execution-service — or, at shutdown, the hand-back
 * (ADR 0009). No transaction is open while the tool runs.
 */
@ApplicationScoped
public class CommandExecutor {

    private static final Logger LOG = Logger.getLogger(CommandExecutor.class);

    private final Pool pool;
    private final CommandLeaseRepository leases;
    private final ExecutionReports reports;
    private final CatalogCredentials credentials;
    private final WorkerConfig config;
    private final WorkerMetrics metrics;
    private final String workerId;
    private final PipelineRunner runner;
    private final WorkerCounters counters = new WorkerCounters();

    public CommandExecutor(Pool pool, CommandLeaseRepository leases, ExecutionReports reports, CatalogCredentials credentials,
            ToolRegistry tools, WorkerConfig config, InstanceIdentity identity, WorkerMetrics metrics) {
        this.pool = pool;
        this.leases = leases;
        this.reports = reports;
        this.credentials = credentials;
        this.config = config;
        this.metrics = metrics;
        this.workerId = identity.name();
        this.runner = new PipelineRunner(tools.tools(), new TemplateEngine(), d -> Thread.sleep(d.toMillis()));
    }

    /** Runs {@code run}; {@code stopping} true means shutdown began before it took a slot. */
    void execute(CommandRun run, boolean stopping) {
        LeasedCommand c = run.command;
        try {
            if (stopping) {
                handBack(run);   // still buffered when shutdown began: never started, so nothing to stop
                return;
            }
            run.takeSlot();
            if (leases.markRunning(pool, c.commandId(), c.leaseToken()).await().indefinitely() == null) return;
            run.stepTimeout().ifPresent(t -> Timeouts.schedule(t, () -> run.cancel("timeout")));
            JsonObject report = run.execute(runner, credentials, workerId);
            String type = report.getJsonArray("events").getJsonObject(1).getString("event_type");
            if ("shutdown".equals(run.cancelReason) && !"command.completed".equals(type)) {
                handBack(run);   // reporting it would end its step; another worker runs it instead
                return;
            }
            report(run, report, type);
        } catch (RuntimeException e) {
            metrics.error();
            LOG.warnf("command %d: %s (its lease will expire and it will be retried)", c.commandId(), e.getMessage());
        }
    }

    private void report(CommandRun run, JsonObject report, String type) {
        LeasedCommand c = run.command;
        int status = reports.report(report, "cmd-" + c.commandId() + "-" + c.attempt(), config.reportPatience())
                .await().indefinitely();
        counters.reported(type, status);
        metrics.finished(c.toolKind(), type.substring("command.".length()), Duration.between(run.started, Instant.now()));
        if (status == 409) {
            metrics.stale();
            LOG.debugf("result of command %d dropped: its lease or execution is over", c.commandId());
        } else if (status != 200) {
            LOG.warnf("execution-service answered %d to the result of command %d", status, c.commandId());
        }
    }

    private void handBack(CommandRun run) {
        boolean released = leases.release(pool, run.command.commandId(), run.command.leaseToken()).await().indefinitely();
        LOG.infof("command %d handed back at shutdown (%s)", run.command.commandId(), released ? "lease ended" : "lease already gone");
    }

    WorkerCounters counters() {
        return counters;
    }

    String workerId() {
        return workerId;
    }
}
