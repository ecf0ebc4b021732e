package io.noetl.scheduler.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catch-up after downtime (api.md §6), as one tick plans it: an hourly interval missed five slots. */
class SlotPlanTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant DUE = Instant.parse("2026-06-01T06:59:00Z");   // slots 06:59 … 11:59 are all over 30 s late at 12:00
    private static final Duration THRESHOLD = Duration.ofSeconds(30);
    private static final Timing HOURLY = new IntervalTiming(DUE, 3600);

    private static List<Instant> at(String... times) {
        return java.util.Arrays.stream(times).map(t -> Instant.parse("2026-06-01T" + t + "Z")).toList();
    }

    @Test
    void noneSkipsEveryMissedSlot() {
        SlotPlan plan = SlotPlan.of(HOURLY, DUE, Catchup.NONE, 100, NOW, THRESHOLD);
        assertThat(plan.fire()).isEmpty();
        assertThat(plan.skipped()).isEqualTo(6);
        assertThat(plan.nextRunAt()).isEqualTo(Instant.parse("2026-06-01T12:59:00Z"));
    }

    @Test
    void latestFiresTheMostRecentMissedSlotOnce() {
        SlotPlan plan = SlotPlan.of(HOURLY, DUE, Catchup.LATEST, 100, NOW, THRESHOLD);
        assertThat(plan.fire()).isEqualTo(at("11:59:00"));
        assertThat(plan.skipped()).isEqualTo(5);
    }

    @Test
    void allFiresEveryMissedSlotOldestFirstUpToMaxCatchup() {
        assertThat(SlotPlan.of(HOURLY, DUE, Catchup.ALL, 100, NOW, THRESHOLD).fire())
                .isEqualTo(at("06:59:00", "07:59:00", "08:59:00", "09:59:00", "10:59:00", "11:59:00"));
        SlotPlan capped = SlotPlan.of(HOURLY, DUE, Catchup.ALL, 2, NOW, THRESHOLD);
        assertThat(capped.fire()).isEqualTo(at("10:59:00", "11:59:00"));
        assertThat(capped.skipped()).isEqualTo(4);
    }

    @Test
    void slotsWithinTheMisfireThresholdAlwaysFireWhateverThePolicy() {
        Timing everySecond = new IntervalTiming(NOW.minusSeconds(3), 1);
        SlotPlan plan = SlotPlan.of(everySecond, NOW.minusSeconds(3), Catchup.NONE, 100, NOW, THRESHOLD);
        assertThat(plan.fire()).containsExactly(NOW.minusSeconds(3), NOW.minusSeconds(2), NOW.minusSeconds(1), NOW);
        assertThat(plan.skipped()).isZero();
        assertThat(plan.nextRunAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void intervalSlotsNeverDriftFromTheirAnchor() {
        Timing t = new IntervalTiming(Instant.parse("2026-06-01T00:00:00Z"), 90);
        assertThat(t.next(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo(Instant.parse("2026-06-01T00:01:30Z"));
        assertThat(t.next(Instant.parse("2026-06-01T10:00:00.5Z"))).isEqualTo(Instant.parse("2026-06-01T10:01:30Z"));
        assertThat(t.previous(Instant.parse("2026-06-01T10:01:30Z"))).isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
        assertThat(t.previous(Instant.parse("2026-06-01T10:01:30.001Z"))).isEqualTo(Instant.parse("2026-06-01T10:01:30Z"));
    }
}
