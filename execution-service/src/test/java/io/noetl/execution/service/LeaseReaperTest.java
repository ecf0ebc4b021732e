package io.noetl.execution.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.execution.CommandFixtures;
import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reaper settles every expired lease once: re-queued with backoff while attempts remain, else failed
 * with lease_expired by the default {@link LeaseExpiry}. The background loop runs too (every 2 s), so the
 * oracles are the rows and events, never the count one pass returns.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LeaseReaperTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    LeaseReaper reaper;
    CommandFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CommandFixtures(pool);
    }

    /** Leases every command of {@code p} to {@code worker} over HTTP, then ages the leases. */
    private void leaseAndExpire(String p, String worker, List<Long> ids) {
        given().contentType("application/json").body(Map.of("worker_id", worker, "pools", List.of(p), "max", 64))
                .post("/api/commands/lease").then().statusCode(200);
        ids.forEach(fixtures::expire);
    }

    @Test
    void anExpiredLeaseGoesBackToTheQueueAfterABackoffWithItsAttemptKept() {
        String p = CommandFixtures.freshPool();
        long id = fixtures.pending(p, 1).get(0);
        leaseAndExpire(p, "w1", List.of(id));
        reaper.runOnce().await().atMost(WAIT);

        Row row = fixtures.one("""
                SELECT status, attempt, worker_id, lease_until, available_at >= updated_at + interval '1 second'
                  FROM command WHERE command_id = $1""", id);
        assertThat(row.getString("status")).isEqualTo("PENDING");
        assertThat(row.getInteger("attempt")).isEqualTo(1);
        assertThat(row.getString("worker_id")).isNull();
        assertThat(row.getValue("lease_until")).isNull();
        assertThat(row.getBoolean(4)).as("due only after the backoff").isTrue();
        Row event = fixtures.events(id, "command.reclaimed").get(0);
        assertThat(event.getString("status")).isEqualTo("PENDING");
        JsonObject meta = event.getJsonObject("meta");
        assertThat(meta.getString("previous_worker_id")).isEqualTo("w1");
        assertThat(meta.getInteger("attempt")).isEqualTo(1);
        assertThat(meta.getString("available_at")).endsWith("Z");
    }

    @Test
    void anExpiredLeaseWithNoAttemptLeftFailsWithLeaseExpired() {
        String p = CommandFixtures.freshPool();
        long id = fixtures.pending(p, 1).get(0);
        fixtures.sql("UPDATE command SET max_attempts = 1 WHERE command_id = $1", id);
        leaseAndExpire(p, "w1", List.of(id));
        reaper.runOnce().await().atMost(WAIT);

        Row row = fixtures.command(id);
        assertThat(row.getString("status")).isEqualTo("FAILED");
        assertThat(row.getValue("ended_at")).isNotNull();
        assertThat(row.getJsonObject("error").getMap()).containsEntry("kind", "lease_expired").containsEntry("retryable", false);
        Row failed = fixtures.events(id, "command.failed").get(0);
        assertThat(failed.getJsonObject("meta").getInteger("attempt")).isEqualTo(1);
        assertThat(failed.getJsonObject("result").getJsonObject("error").getString("kind")).isEqualTo("lease_expired");
        assertThat(fixtures.events(id, "command.reclaimed")).isEmpty();
    }

    @Test
    void anExpiredLeaseOfACancelledExecutionIsCancelledNotRequeued() {
        String p = CommandFixtures.freshPool();
        long id = fixtures.pending(p, 1).get(0);
        leaseAndExpire(p, "w1", List.of(id));
        fixtures.sql("UPDATE execution SET status = 'CANCELLED' WHERE execution_id = $1", fixtures.command(id).getLong("execution_id"));
        reaper.runOnce().await().atMost(WAIT);

        assertThat(fixtures.command(id).getString("status")).isEqualTo("CANCELLED");
        assertThat(fixtures.events(id, "command.cancelled")).hasSize(1);
        assertThat(fixtures.events(id, "command.reclaimed")).isEmpty();
    }

    @Test
    void twoPassesAtOnceSettleEachExpiredLeaseExactlyOnce() {
        String p = CommandFixtures.freshPool();
        List<Long> ids = fixtures.pending(p, 20);
        leaseAndExpire(p, "w1", ids);
        List<Integer> settled = Uni.join().all(reaper.runOnce(), reaper.runOnce()).andFailFast().await().atMost(WAIT);

        assertThat(settled.get(0) + settled.get(1)).isLessThanOrEqualTo(20);
        Row oracle = fixtures.one("""
                SELECT count(*) FILTER (WHERE c.status = 'PENDING' AND c.attempt = 1),
                       (SELECT count(*) FROM event e WHERE e.command_id = ANY($1) AND e.event_type = 'command.reclaimed'),
                       (SELECT count(DISTINCT e.command_id) FROM event e WHERE e.command_id = ANY($1) AND e.event_type = 'command.reclaimed')
                  FROM command c WHERE c.command_id = ANY($1)""", (Object) ids.toArray(Long[]::new));
        assertThat(List.of(oracle.getLong(0), oracle.getLong(1), oracle.getLong(2))).containsOnly(20L);
    }

    @Test
    void theBackgroundLoopReclaimsOnItsOwn() {
        String p = CommandFixtures.freshPool();
        long id = fixtures.pending(p, 1).get(0);
        leaseAndExpire(p, "w1", List.of(id));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> fixtures.command(id).getString("status").equals("PENDING"));
        assertThat(fixtures.events(id, "command.reclaimed")).hasSize(1);
    }

    @Test
    void theBackoffDoublesFromTheBaseAndIsCapped() {
        assertThat(List.of(reaper.backoff(1), reaper.backoff(2), reaper.backoff(3), reaper.backoff(99)))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(30));
    }
}
