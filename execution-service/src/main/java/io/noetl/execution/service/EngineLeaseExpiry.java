package io.noetl.execution.service;

import io.noetl.execution.engine.Outcome;
import io.noetl.execution.store.CommandRepository;
import io.noetl.execution.store.ExecutionRepository;
import io.noetl.execution.store.ExpiredCommandRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lease expiry with no attempt left (dsl.md §7): the command is recorded FAILED with kind {@code lease_expired}
 * and its run ends in that error, routed like any other (an arc reading the outcome may handle it). The playbook
 * comes from the cache or the catalog table; without a readable one the failure is recorded, not routed.
 */
@ApplicationScoped
public class EngineLeaseExpiry implements LeaseExpiry {

    private final CommandRepository commands;
    private final ExpiredCommandRepository expired;
    private final ExecutionRepository executions;
    private final PlaybookSource playbooks;
    private final CommandCompletion completion;

    public EngineLeaseExpiry(CommandRepository commands, ExpiredCommandRepository expired, ExecutionRepository executions,
            PlaybookSource playbooks, CommandCompletion completion) {
        this.commands = commands;
        this.expired = expired;
        this.executions = executions;
        this.playbooks = playbooks;
        this.completion = completion;
    }

    @Override
    public Uni<Void> exhausted(SqlClient tx, long executionId, long commandId) {
        return commands.forReport(tx, commandId).chain(c -> c == null || !c.leased() ? Uni.createFrom().voidItem()
                : expired.fail(tx, commandId).chain(() -> executions.lock(tx, executionId))
                        .chain(e -> playbooks.cached(e.catalogId()).chain(p -> completion.finish(tx, e, p.playbook(), c,
                                "FAILED", Outcome.error("lease_expired", "the worker's lease expired on attempt "
                                        + c.attempt() + " and no attempt is left", false))))
                        .replaceWithVoid());
    }
}
