package io.noetl.platform.store;

import static io.noetl.platform.store.CommandFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.platform.PgTestBase;
import io.noetl.platform.model.ClaimOutcome;
import io.noetl.platform.model.ClaimOutcome.Kind;
import io.noetl.platform.model.ExpiredLease;
import io.noetl.platform.model.LeaseRenewal;
import io.noetl.platform.model.LeasedCommand;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claim answers of api.md §4.4, and every write after the lease fenced by its token. */
class CommandClaimAndFencingTest extends PgTestBase {

    private static final Duration TTL = Duration.ofSeconds(60);
    private final CommandLeaseRepository leases = new CommandLeaseRepository();

    private ClaimOutcome claim(long id, String worker) {
        return leases.claim(pool, id, worker, TTL).await().atMost(WAIT);
    }

    @Test
    void claimLeasesOnceThenAnswersTheHolderWithTheSameLeaseAndOthersWithActiveClaim() {
        long id = pendingCommand(pool);
        ClaimOutcome first = claim(id, "w1");
        assertThat(first.kind()).isEqualTo(Kind.LEASED);
        assertThat(first.command()).extracting(LeasedCommand::attempt, LeasedCommand::leaseToken).containsExactly(1, 1L);

        ClaimOutcome again = claim(id, "w1");
        assertThat(again.kind()).isEqualTo(Kind.ALREADY_OURS);
        assertThat(again.command()).extracting(LeasedCommand::attempt, LeasedCommand::leaseToken).containsExactly(1, 1L);

        ClaimOutcome other = claim(id, "w2");
        assertThat(other.kind()).isEqualTo(Kind.ACTIVE_CLAIM);
        assertThat(other.waitSeconds()).isBetween(50L, 60L);
        assertThat(events(pool, id, "command.claimed")).hasSize(1);
    }

    @Test
    void claimRefusesCommandsNotDueFinishedOrOfEndedExecutionsAndUnknownIds() {
        long later = pendingCommand(pool);
        sql("UPDATE command SET available_at = now() + interval '20 seconds' WHERE command_id = $1", later);
        ClaimOutcome notReady = claim(later, "w");
        assertThat(notReady.kind()).isEqualTo(Kind.NOT_READY);
        assertThat(notReady.waitSeconds()).isBetween(15L, 20L);

        long done = pendingCommand(pool);
        sql("UPDATE command SET status = 'COMPLETED' WHERE command_id = $1", done);
        assertThat(claim(done, "w").kind()).isEqualTo(Kind.TERMINAL);

        long orphan = pending(pool, execution(pool, "CANCELLED"), freshPool(), 1).get(0);
        ClaimOutcome cancelled = claim(orphan, "w");
        assertThat(cancelled.kind()).isEqualTo(Kind.TERMINAL);
        assertThat(cancelled.executionStatus()).isEqualTo("CANCELLED");
        assertThat(command(pool, orphan).getInteger("attempt")).isZero();

        assertThat(claim(Long.MAX_VALUE, "w").kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void heartbeatExtendsOnlyTheCurrentLeaseAndReportsCancellation() {
        long id = pendingCommand(pool);
        long token = claim(id, "w1").command().leaseToken();
        Row before = command(pool, id);

        assertThat(leases.heartbeat(pool, id, token + 1, Duration.ofSeconds(600)).await().atMost(WAIT)).isNull();
        assertThat(command(pool, id).getOffsetDateTime("lease_until")).isEqualTo(before.getOffsetDateTime("lease_until"));

        LeaseRenewal renewed = leases.heartbeat(pool, id, token, Duration.ofSeconds(600)).await().atMost(WAIT);
        assertThat(renewed.leaseUntil()).isAfter(before.getOffsetDateTime("lease_until"));
        assertThat(renewed.cancelRequested()).isFalse();

        sql("UPDATE command SET cancel_requested = true WHERE command_id = $1", id);
        assertThat(leases.heartbeat(pool, id, token, Duration.ofSeconds(5)).await().atMost(WAIT))
                .extracting(LeaseRenewal::cancelRequested, LeaseRenewal::leaseUntil)
                .containsExactly(true, renewed.leaseUntil());   // a shorter extension never shortens the lease
    }

    @Test
    void markRunningNeedsTheCurrentTokenAndKeepsTheFirstStart() {
        long id = pendingCommand(pool);
        long token = claim(id, "w1").command().leaseToken();
        assertThat(leases.markRunning(pool, id, token + 1).await().atMost(WAIT)).isNull();
        assertThat(command(pool, id).getString("status")).isEqualTo("LEASED");

        assertThat(leases.markRunning(pool, id, token).await().atMost(WAIT).status()).isEqualTo("RUNNING");
        var started = command(pool, id).getOffsetDateTime("started_at");
        assertThat(leases.markRunning(pool, id, token).await().atMost(WAIT).status()).isEqualTo("RUNNING");
        assertThat(command(pool, id).getOffsetDateTime("started_at")).isEqualTo(started).isNotNull();
    }

    @Test
    void anExpiredLeaseIsReclaimedOnceEvenByConcurrentReapersAndARenewedOneNotAtAll() {
        long id = pendingCommand(pool);
        long token = claim(id, "w1").command().leaseToken();
        ExpiredLease seen = new ExpiredLease(id, command(pool, id).getLong("execution_id"), token, 1, 3, "w1", false);
        assertThat(leases.reclaim(pool, seen, Duration.ZERO).await().atMost(WAIT)).as("not expired yet").isFalse();

        expire(pool, id);
        List<Boolean> results = Multi.createFrom().range(0, 4)
                .onItem().transformToUniAndMerge(i -> leases.reclaim(pool, seen, Duration.ofSeconds(30)))
                .collect().asList().await().atMost(WAIT);
        assertThat(results).containsOnlyOnce(true);
        Row row = one(pool, "SELECT status, attempt, worker_id, available_at > now() + interval '20 seconds' FROM command WHERE command_id = $1", id);
        assertThat(row.getString(0)).isEqualTo("PENDING");
        assertThat(row.getInteger(1)).isEqualTo(1);
        assertThat(row.getString(2)).isNull();
        assertThat(row.getBoolean(3)).isTrue();
        assertThat(events(pool, id, "command.reclaimed")).hasSize(1);
        assertThat(leases.lockExpired(pool, seen).await().atMost(WAIT)).isNull();
    }
}
