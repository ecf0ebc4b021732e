package io.noetl.scheduler.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every {@code seconds} from an anchor (creation or resume time), in absolute time: daylight saving does
 * not apply and slots never drift, however late a fire starts. Arithmetic in microseconds, PostgreSQL's unit.
 */
public final class IntervalTiming implements Timing {

    private final long anchorMicros;
    private final long periodMicros;

    public IntervalTiming(Instant anchor, int seconds) {
        this.anchorMicros = micros(anchor);
        this.periodMicros = seconds * 1_000_000L;
    }

    @Override
    public Instant next(Instant after) {
        long k = Math.floorDiv(micros(after) - anchorMicros, periodMicros) + 1;
        return at(k);
    }

    @Override
    public Instant previous(Instant before) {
        long k = -Math.floorDiv(anchorMicros - micros(before), periodMicros) - 1;   // ceil((before - anchor) / p) - 1
        return at(k);
    }

    private Instant at(long k) {
        return Instant.EPOCH.plus(anchorMicros + k * periodMicros, ChronoUnit.MICROS);
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
}
