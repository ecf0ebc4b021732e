package io.noetl.scheduler.service;

import io.noetl.scheduler.model.CronTiming;
import io.noetl.scheduler.model.IntervalTiming;
import io.noetl.scheduler.model.Schedule;
import io.noetl.scheduler.model.Timing;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link Timing} of a stored (hence valid) schedule. */
public final class Timings {

    private Timings() {
    }

    /** An interval schedule is anchored at {@code anchor}: its next_run_at, or now for a fresh one. */
    public static Timing of(String cron, Integer intervalSeconds, String timezone, Instant anchor) {
        if (cron != null) return new CronTiming(CronExpressions.parse(cron), ZoneId.of(timezone));
        return new IntervalTiming(anchor, intervalSeconds);
    }

    public static Timing of(Schedule s) {
        return of(s.cron(), s.intervalSeconds(), s.timezone(), s.nextRunAt() != null ? s.nextRunAt() : s.createdAt());
    }

    /** The first fire time after {@code now}: an interval's is one period later, anchored at whole seconds. */
    public static Instant first(String cron, Integer intervalSeconds, String timezone, Instant now) {
        Instant anchor = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (anchor.isBefore(now)) anchor = anchor.plusSeconds(1);
        return of(cron, intervalSeconds, timezone, anchor).next(cron != null ? now : anchor);
    }

    /** Up to {@code n} fire times from {@code first} on (it included). */
    public static List<Instant> upcoming(Timing timing, Instant first, int n) {
        List<Instant> out = new ArrayList<>();
        for (Instant t = first; t != null && out.size() < n; t = timing.next(t)) out.add(t);
        return out;
    }
}
