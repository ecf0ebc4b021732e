package io.noetl.execution.service;

import io.noetl.execution.store.ExpiredCommandRepository;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Until the routing engine takes over (any other {@link LeaseExpiry} bean replaces this one), an exhausted
 * command is only recorded: FAILED with kind lease_expired and its command.failed event. The step and the
 * execution are left to whoever routes outcomes.
 */
@DefaultBean
@ApplicationScoped
public class FailOnLeaseExpiry implements LeaseExpiry {

    private final ExpiredCommandRepository expired;

    public FailOnLeaseExpiry(ExpiredCommandRepository expired) {
        this.expired = expired;
    }

    @Override
    public Uni<Void> exhausted(SqlClient tx, long executionId, long commandId) {
        return expired.fail(tx, commandId);
    }
}
