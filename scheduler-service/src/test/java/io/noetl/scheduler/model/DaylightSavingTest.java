package io.noetl.scheduler.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.scheduler.service.CronExpressions;
import io.noetl.scheduler.service.Timings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * api.md §6 across daylight-saving changes: a skipped local time fires once at the first instant after the
 * gap, a repeated local time fires once (its first occurrence). "Now" comes from a fixed clock.
 */
class DaylightSavingTest {

    private static List<Instant> upcoming(String cron, String zone, String now, int n) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        Timing timing = new CronTiming(CronExpressions.parse(cron), ZoneId.of(zone));
        return Timings.upcoming(timing, timing.next(clock.instant()), n);
    }

    private static List<Instant> at(String... instants) {
        return java.util.Arrays.stream(instants).map(Instant::parse).toList();
    }

    @Test
    void berlinSpringForwardFiresTheSkippedTimeOnceAtTheEndOfTheGap() {
        // 2026-03-29 02:00 CET jumps to 03:00 CEST (01:00Z): 02:30 does not exist that night.
        assertThat(upcoming("30 2 * * *", "Europe/Berlin", "2026-03-27T12:00:00Z", 3))
                .isEqualTo(at("2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"));
    }

    @Test
    void berlinSpringForwardCollapsesEverySkippedSlotAndTheNextIntoOneFire() {
        // 02:00 and 02:30 are skipped; they and 03:00 CEST are the same instant, fired once.
        assertThat(upcoming("*/30 * * * *", "Europe/Berlin", "2026-03-29T00:10:00Z", 4))
                .isEqualTo(at("2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z"));
    }

    @Test
    void berlinFallBackFiresARepeatedTimeOnlyAtItsFirstOccurrence() {
        // 2026-10-25 03:00 CEST falls back to 02:00 CET (01:00Z): 02:30 happens at 00:30Z and 01:30Z.
        assertThat(upcoming("30 2 * * *", "Europe/Berlin", "2026-10-23T12:00:00Z", 3))
                .isEqualTo(at("2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"));
        assertThat(upcoming("*/30 * * * *", "Europe/Berlin", "2026-10-24T23:45:00Z", 4))
                .isEqualTo(at("2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T02:00:00Z", "2026-10-25T02:30:00Z"));
    }

    @Test
    void fromInsideTheSecondPassTheRepeatedHourDoesNotFireAgain() {
        assertThat(upcoming("*/30 * * * *", "Europe/Berlin", "2026-10-25T01:10:00Z", 1)).isEqualTo(at("2026-10-25T02:00:00Z"));
        Timing timing = new CronTiming(CronExpressions.parse("*/30 * * * *"), ZoneId.of("Europe/Berlin"));
        assertThat(timing.previous(Instant.parse("2026-10-25T01:40:00Z"))).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(timing.previous(Instant.parse("2026-10-25T02:00:00Z"))).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void newYorkSpringForwardFiresTheSkippedTimeOnce() {
        // 2026-03-08 02:00 EST jumps to 03:00 EDT (07:00Z).
        assertThat(upcoming("30 2 * * *", "America/New_York", "2026-03-06T12:00:00Z", 3))
                .isEqualTo(at("2026-03-07T07:30:00Z", "2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z"));
    }

    @Test
    void newYorkFallBackFiresTheRepeatedHourOnce() {
        // 2026-11-01 02:00 EDT falls back to 01:00 EST (06:00Z): 01:30 happens at 05:30Z and 06:30Z.
        assertThat(upcoming("30 1 * * *", "America/New_York", "2026-10-30T12:00:00Z", 3))
                .isEqualTo(at("2026-10-31T05:30:00Z", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"));
        // Six fields, hourly: 01:00 EDT fires, 01:00 EST does not, 02:00 EST does.
        assertThat(upcoming("0 0 * * * *", "America/New_York", "2026-11-01T04:30:00Z", 3))
                .isEqualTo(at("2026-11-01T05:00:00Z", "2026-11-01T07:00:00Z", "2026-11-01T08:00:00Z"));
    }

    @Test
    void previousWalksBackOverAGapThroughTheSameInstantsNextWalksForward() {
        Timing timing = new CronTiming(CronExpressions.parse("*/30 * * * *"), ZoneId.of("America/New_York"));
        Instant t = Instant.parse("2026-03-08T08:00:00Z");
        List<Instant> back = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) back.add(0, t = timing.previous(t));
        assertThat(back).isEqualTo(at("2026-03-08T06:00:00Z", "2026-03-08T06:30:00Z", "2026-03-08T07:00:00Z", "2026-03-08T07:30:00Z"));
        assertThat(Timings.upcoming(timing, back.get(0), 4)).isEqualTo(back);
    }
}
