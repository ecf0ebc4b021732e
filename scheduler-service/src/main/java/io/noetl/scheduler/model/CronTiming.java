package io.noetl.scheduler.model;

import com.cronutils.model.time.ExecutionTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * A cron evaluated on local wall-clock time in its zone, then mapped to instants with the rules of api.md §6:
 * a local time skipped by a daylight-saving gap fires once at the first instant after the gap (several
 * skipped times, and the slot right after the gap, collapse into that one instant); a repeated local time
 * fires only at its first occurrence. cron-utils runs in UTC here, so it never sees a transition itself.
 */
public final class CronTiming implements Timing {

    /** Candidates examined per call; an overlap hour of a per-second cron needs 3,600. */
    private static final int SCAN_LIMIT = 20_000;

    private final ExecutionTime cron;
    private final ZoneId zone;

    public CronTiming(ExecutionTime cron, ZoneId zone) {
        this.cron = cron;
        this.zone = zone;
    }

    @Override
    public Instant next(Instant after) {
        // In the second pass of a repeated hour, local candidates map to the first pass (before `after`) and are skipped.
        ZonedDateTime wall = LocalDateTime.ofInstant(after, zone).atZone(ZoneOffset.UTC);
        for (int i = 0; i < SCAN_LIMIT; i++) {
            Optional<ZonedDateTime> candidate = cron.nextExecution(wall);
            if (candidate.isEmpty()) return null;
            wall = candidate.get();
            Instant at = instant(wall.toLocalDateTime());
            if (at.isAfter(after)) return at;
        }
        return null;
    }

    @Override
    public Instant previous(Instant before) {
        ZonedDateTime wall = LocalDateTime.ofInstant(before, zone).atZone(ZoneOffset.UTC);
        ZoneOffsetTransition overlap = zone.getRules().getTransition(wall.toLocalDateTime());
        if (overlap != null && overlap.isOverlap() && zone.getRules().getOffset(before).equals(overlap.getOffsetAfter())) {
            // `before` is in the second pass: every slot of the repeated hour already fired in the first pass.
            wall = overlap.getDateTimeBefore().atZone(ZoneOffset.UTC);
        }
        for (int i = 0; i < SCAN_LIMIT; i++) {
            Optional<ZonedDateTime> candidate = cron.lastExecution(wall);
            if (candidate.isEmpty()) return null;
            wall = candidate.get();
            Instant at = instant(wall.toLocalDateTime());
            if (at.isBefore(before)) return at;
        }
        return null;
    }

    /** Local time to instant: a gap moves to the end of the gap, an overlap takes the earlier offset. */
    Instant instant(LocalDateTime local) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) return transition.getInstant();
        return local.atZone(zone).toInstant();
    }
}
