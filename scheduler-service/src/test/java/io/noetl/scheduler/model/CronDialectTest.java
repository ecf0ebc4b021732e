package io.noetl.scheduler.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.scheduler.service.CronExpressions;
import io.noetl.scheduler.service.Timings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cron dialect of api.md §6 as fire times: Unix day rule, Sunday as 0 or 7, nicknames, a seconds field. */
class CronDialectTest {

    private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");

    private static List<Instant> next(String cron, int n) {
        Timing t = new CronTiming(CronExpressions.parse(cron), ZoneOffset.UTC);
        return Timings.upcoming(t, t.next(NEW_YEAR), n);
    }

    private static List<Instant> at(String... times) {
        return java.util.Arrays.stream(times).map(Instant::parse).toList();
    }

    @Test
    void whenBothDayFieldsAreRestrictedEitherMatches() {
        // The 13th, or any Friday (2026-01-02 is a Friday, the 13th a Tuesday).
        assertThat(next("0 0 13 * 5", 4)).isEqualTo(at("2026-01-02T00:00:00Z", "2026-01-09T00:00:00Z",
                "2026-01-13T00:00:00Z", "2026-01-16T00:00:00Z"));
    }

    @Test
    void sundayIsZeroOrSevenOrSun() {
        assertThat(next("0 12 * * 0", 2)).isEqualTo(next("0 12 * * 7", 2)).isEqualTo(next("0 12 * * SUN", 2))
                .isEqualTo(at("2026-01-04T12:00:00Z", "2026-01-11T12:00:00Z"));
    }

    @Test
    void nicknamesAreTheirCrontabSpellings() {
        assertThat(next("@daily", 3)).isEqualTo(next("0 0 * * *", 3));
        assertThat(next("@hourly", 3)).isEqualTo(next("0 * * * *", 3));
        assertThat(next("@weekly", 2)).isEqualTo(next("0 0 * * 0", 2));
        assertThat(next("@monthly", 2)).isEqualTo(at("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"));
        assertThat(next("@yearly", 1)).isEqualTo(at("2027-01-01T00:00:00Z"));
    }

    @Test
    void sixFieldsLeadWithSeconds() {
        assertThat(next("*/20 30 9 * * MON-FRI", 4)).isEqualTo(at("2026-01-01T09:30:00Z", "2026-01-01T09:30:20Z",
                "2026-01-01T09:30:40Z", "2026-01-02T09:30:00Z"));
    }
}
