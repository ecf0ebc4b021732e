package io.noetl.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a singleton lease promises, whatever stores it: one holder at a time, renewal only by the
 * holder, takeover only after expiry, release lets a peer in at once.
 */
public abstract class LeaseContract {

    protected static final Duration TTL = Duration.ofSeconds(30);
    protected static final Duration WAIT = Duration.ofSeconds(30);

    protected abstract Uni<Boolean> acquire(String lease, String owner, Duration ttl);

    protected abstract Uni<Boolean> release(String lease, String owner);

    /** Moves the lease's expiry into the past, as time passing would. */
    protected abstract void expire(String lease);

    protected abstract String holder(String lease);

    private static String fresh() {
        return "test." + UUID.randomUUID();
    }

    @Test
    void givenAFreeLease_whenTwoOwnersAsk_thenOnlyTheFirstHoldsIt() {
        String lease = fresh();
        assertThat(acquire(lease, "a", TTL).await().atMost(WAIT)).isTrue();
        assertThat(acquire(lease, "b", TTL).await().atMost(WAIT)).isFalse();
        assertThat(holder(lease)).isEqualTo("a");
    }

    @Test
    void givenAHeldLease_whenTheHolderAsksAgain_thenItIsRenewed() {
        String lease = fresh();
        acquire(lease, "a", TTL).await().atMost(WAIT);
        assertThat(acquire(lease, "a", TTL).await().atMost(WAIT)).isTrue();
        assertThat(holder(lease)).isEqualTo("a");
    }

    @Test
    void givenAnExpiredLease_whenAnotherOwnerAsks_thenItTakesOverAndTheOldHolderCannotRenew() {
        String lease = fresh();
        acquire(lease, "a", TTL).await().atMost(WAIT);
        expire(lease);
        assertThat(acquire(lease, "b", TTL).await().atMost(WAIT)).isTrue();
        assertThat(acquire(lease, "a", TTL).await().atMost(WAIT)).isFalse();
        assertThat(holder(lease)).isEqualTo("b");
    }

    @Test
    void givenAReleasedLease_whenAnotherOwnerAsks_thenItGetsItWithoutWaiting() {
        String lease = fresh();
        acquire(lease, "a", TTL).await().atMost(WAIT);
        assertThat(release(lease, "b").await().atMost(WAIT)).isFalse();
        assertThat(release(lease, "a").await().atMost(WAIT)).isTrue();
        assertThat(acquire(lease, "b", TTL).await().atMost(WAIT)).isTrue();
    }

    @Test
    void givenAnExpiredLease_whenEightReplicasRaceForIt_thenExactlyOneWins() {
        String lease = fresh();
        acquire(lease, "old", TTL).await().atMost(WAIT);
        expire(lease);
        List<Boolean> results = Multi.createFrom().range(0, 8)
                .onItem().transformToUniAndMerge(i -> acquire(lease, "r" + i, TTL))
                .collect().asList().await().atMost(WAIT);
        assertThat(results).containsOnlyOnce(true);
    }
}
