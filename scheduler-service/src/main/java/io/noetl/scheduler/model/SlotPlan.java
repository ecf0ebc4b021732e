package io.noetl.scheduler.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one tick does with a due schedule: the slots to fire (oldest first), how many missed slots the
 * catch-up policy skips, and the next slot after now. A slot later than {@code now - threshold} is on
 * time and always fires; older ones are missed and follow the policy.
 */
public record SlotPlan(List<Instant> fire, long skipped, Instant nextRunAt) {

    /** Missed slots counted per pass for the metric; a longer outage counts as this many. */
    static final int COUNT_LIMIT = 100_000;

    public static SlotPlan of(Timing timing, Instant due, Catchup policy, int maxCatchup, Instant now, Duration threshold) {
        Instant boundary = now.minus(threshold);
        List<Instant> fire = new ArrayList<>();
        long skipped = 0;
        if (due.isBefore(boundary)) {
            List<Instant> kept = missedToFire(timing, due, boundary, keep(policy, maxCatchup));
            skipped = Math.max(0, countMissed(timing, due, boundary) - kept.size());
            fire.addAll(kept);
        }
        Instant slot = due.isBefore(boundary) ? timing.next(boundary.minusNanos(1)) : due;
        while (slot != null && !slot.isAfter(now)) {
            fire.add(slot);
            slot = timing.next(slot);
        }
        return new SlotPlan(fire, skipped, slot);
    }

    private static int keep(Catchup policy, int maxCatchup) {
        return switch (policy) {
            case NONE -> 0;
            case LATEST -> 1;
            case ALL -> maxCatchup;
        };
    }

    /** The newest {@code keep} missed slots, walking back from the boundary, returned oldest first. */
    private static List<Instant> missedToFire(Timing timing, Instant due, Instant boundary, int keep) {
        Deque<Instant> kept = new ArrayDeque<>();
        Instant slot = timing.previous(boundary);
        while (slot != null && !slot.isBefore(due) && kept.size() < keep) {
            kept.addFirst(slot);
            slot = timing.previous(slot);
        }
        return new ArrayList<>(kept);
    }

    private static long countMissed(Timing timing, Instant due, Instant boundary) {
        long n = 0;
        for (Instant slot = due; slot != null && slot.isBefore(boundary) && n < COUNT_LIMIT; slot = timing.next(slot)) n++;
        return n;
    }
}
