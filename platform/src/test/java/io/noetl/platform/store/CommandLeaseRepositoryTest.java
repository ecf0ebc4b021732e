package io.noetl.platform.store;

import static io.noetl.platform.store.CommandFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.platform.PgTestBase;
import io.noetl.platform.model.LeasedCommand;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Leasing in one statement (architecture.md §6): no double lease, attempt and token counted, DB clock. */
class CommandLeaseRepositoryTest extends PgTestBase {

    private static final Duration TTL = Duration.ofSeconds(60);
    private final CommandLeaseRepository leases = new CommandLeaseRepository();

    private List<LeasedCommand> lease(String worker, String pool, int max) {
        return leases.lease(PgTestBase.pool, worker, List.of(pool), max, TTL).await().atMost(WAIT);
    }

    /** Leases batches of 7 until the pool is empty. */
    private Uni<List<Long>> drainAs(String worker, String pool) {
        return leases.lease(PgTestBase.pool, worker, List.of(pool), 7, TTL).chain(got -> got.isEmpty()
                ? Uni.createFrom().item(List.<Long>of())
                : drainAs(worker, pool).map(rest -> Stream.concat(got.stream().map(LeasedCommand::commandId), rest.stream()).toList()));
    }

    @Test
    void eightWorkersLeasingAtOnceNeverShareACommand() {
        String pool = freshPool();
        List<Long> ids = pending(PgTestBase.pool, execution(PgTestBase.pool, "RUNNING"), pool, 200);
        List<Long> leased = Multi.createFrom().range(0, 8)
                .onItem().transformToUniAndMerge(w -> drainAs("w" + w, pool))
                .collect().in(ArrayList<Long>::new, List::addAll)
                .await().atMost(WAIT);
        assertThat(leased).hasSize(200).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        Row claimed = one(PgTestBase.pool, """
                SELECT count(*), count(DISTINCT e.command_id), count(*) FILTER (WHERE e.worker_id = c.worker_id
                       AND e.meta->>'worker_id' = c.worker_id AND (e.meta->>'lease_token')::bigint = c.lease_token
                       AND (e.meta->>'attempt')::int = 1 AND e.status = 'RUNNING' AND e.node_name = c.step_name)
                  FROM event e JOIN command c ON c.command_id = e.command_id
                 WHERE c.pool = $1 AND e.event_type = 'command.claimed'""", pool);
        assertThat(List.of(claimed.getLong(0), claimed.getLong(1), claimed.getLong(2))).containsOnly(200L);
    }

    @Test
    void eachLeaseCountsAnAttemptAndBumpsTheTokenOnTheDatabaseClock() {
        String pool = freshPool();
        long id = pending(PgTestBase.pool, execution(PgTestBase.pool, "RUNNING"), pool, 1).get(0);
        LeasedCommand first = lease("w1", pool, 5).get(0);
        assertThat(first).extracting(LeasedCommand::commandId, LeasedCommand::status, LeasedCommand::workerId,
                LeasedCommand::attempt, LeasedCommand::leaseToken).containsExactly(id, "LEASED", "w1", 1, 1L);
        assertThat(first.context().getInteger("i")).isEqualTo(1);
        Row clock = one(PgTestBase.pool, """
                SELECT lease_until = leased_at + interval '60 seconds', leased_at <= now() FROM command WHERE command_id = $1""", id);
        assertThat(clock.getBoolean(0)).as("lease_until = leased_at + ttl, both now()").isTrue();
        assertThat(clock.getBoolean(1)).isTrue();

        expire(PgTestBase.pool, id);
        var expired = leases.expired(PgTestBase.pool, 10_000).await().atMost(WAIT).stream().filter(e -> e.commandId() == id).findFirst().orElseThrow();
        assertThat(leases.reclaim(PgTestBase.pool, expired, Duration.ZERO).await().atMost(WAIT)).isTrue();
        LeasedCommand second = lease("w2", pool, 5).get(0);
        assertThat(second).extracting(LeasedCommand::attempt, LeasedCommand::leaseToken, LeasedCommand::workerId)
                .containsExactly(2, 2L, "w2");
        assertThat(events(PgTestBase.pool, id, "command.claimed")).hasSize(2);
        assertThat(events(PgTestBase.pool, id, "command.reclaimed").get(0).getJsonObject("meta").getString("previous_worker_id"))
                .isEqualTo("w1");
    }

    @Test
    void aReleasedLeaseIsExpiredAtOnceAndOnlyUnderItsOwnToken() {
        String pool = freshPool();
        long id = pending(PgTestBase.pool, execution(PgTestBase.pool, "RUNNING"), pool, 1).get(0);
        LeasedCommand held = lease("w1", pool, 1).get(0);
        assertThat(leases.release(PgTestBase.pool, id, held.leaseToken() + 1).await().atMost(WAIT)).as("wrong token").isFalse();
        assertThat(leases.expired(PgTestBase.pool, 10_000).await().atMost(WAIT)).noneMatch(e -> e.commandId() == id);

        assertThat(leases.release(PgTestBase.pool, id, held.leaseToken()).await().atMost(WAIT)).isTrue();
        var expired = leases.expired(PgTestBase.pool, 10_000).await().atMost(WAIT).stream().filter(e -> e.commandId() == id).findFirst();
        assertThat(expired).as("the reaper sees the handed-back lease").isPresent();
        assertThat(expired.get().leaseToken()).isEqualTo(held.leaseToken());
    }

    @Test
    void onlyDueCommandsOfLiveExecutionsAreLeasedHighestPriorityFirst() {
        String pool = freshPool();
        long low = pending(PgTestBase.pool, execution(PgTestBase.pool, "RUNNING"), pool, 1).get(0);
        long high = pending(PgTestBase.pool, execution(PgTestBase.pool, "PENDING"), pool, 1).get(0);
        sql("UPDATE command SET priority = 5 WHERE command_id = $1", high);
        long later = pending(PgTestBase.pool, execution(PgTestBase.pool, "RUNNING"), pool, 1).get(0);
        sql("UPDATE command SET available_at = now() + interval '1 hour' WHERE command_id = $1", later);
        long cancelled = pending(PgTestBase.pool, execution(PgTestBase.pool, "CANCELLED"), pool, 1).get(0);
        long cancelling = pending(PgTestBase.pool, execution(PgTestBase.pool, "RUNNING"), pool, 1).get(0);
        sql("UPDATE execution SET cancel_requested = true WHERE execution_id = (SELECT execution_id FROM command WHERE command_id = $1)", cancelling);
        pending(PgTestBase.pool, execution(PgTestBase.pool, "RUNNING"), freshPool(), 1);

        assertThat(lease("w", pool, 64)).extracting(LeasedCommand::commandId).containsExactly(high, low);
        assertThat(command(PgTestBase.pool, cancelled).getString("status")).as("left for cancel to close").isEqualTo("PENDING");
        assertThat(command(PgTestBase.pool, cancelling).getString("status")).isEqualTo("PENDING");
        assertThat(events(PgTestBase.pool, cancelled, "command.claimed")).isEmpty();
    }

    @Test
    void theNotificationPayloadStaysUnderPostgresLimit() {
        List<Long> many = Stream.iterate(1_000_000_000_000_000L, i -> i + 1).limit(2000).toList();
        String payload = CommandNotifications.payload(many);
        assertThat(payload.length()).isLessThan(8000).isGreaterThan(7000);
        assertThat(CommandNotifications.payload(List.of(3L, 1L, 3L))).isEqualTo("3,1");
        new CommandNotifications().notifyWork(PgTestBase.pool, many).await().atMost(WAIT);
    }
}
